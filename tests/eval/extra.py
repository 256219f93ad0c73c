#!/usr/bin/env python3
"""Score the parts of a parallax report that the evaluation kit leaves out.

usage: extra.py EVAL_DIR GOLD_DIR REPORT.json

EVAL_DIR holds the kit's score.py (its gold-reading code is reused, so
articles are matched by sha256 and gold rows by exact substring the same
way); GOLD_DIR its discrepancies.tsv and boilerplate.tsv.

discrepancies: a gold group is found when one reported discrepancy has
values in gold sentences of that group in two different articles; a
reported discrepancy is right when it finds some group. "hard" counts only
the groups with a [hard] (factual) row, and only those rows.

boilerplate: sentences marked boilerplate against the sentences that the
gold non-body lines cover (a sentence counts when a gold line covers most
of it), precision / recall / F1.

Standard library only.
"""
import json
import sys
from collections import defaultdict


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__.strip().split('\n\n')[1])
    sys.path.insert(0, sys.argv[1])
    import score
    gdir = sys.argv[2]
    with open(sys.argv[3], encoding='utf-8') as f:
        report = json.load(f)
    g = score.Gold(gdir, report)
    inv = {a['id']: gid for gid, a in g.rep.items()}
    discrepancies(score, g, inv, report, gdir)
    boilerplate(score, g, inv, gdir)


def sentence_at(g, gid, offset):
    for s in g.rep[gid]['sentences']:
        if s['start'] <= offset < s['end']:
            return s['id']
    return None


def discrepancies(score, g, inv, report, gdir):
    groups = defaultdict(set)   # group -> {(gid, sentence)}
    hard = defaultdict(set)
    for r in score.rows(f'{gdir}/discrepancies.tsv'):
        if r['article'] not in g.rep:
            continue
        st, en = g.span(r['article'], r['substring'])
        key = (r['article'], g.sentence_of(r['article'], st, en))
        groups[r['topic']].add(key)
        if r['note'].startswith('[hard]'):
            hard[r['topic']].add(key)
    found, found_hard, right = set(), set(), 0
    for d in report.get('discrepancies', []):
        where = set()
        for v in d['values']:
            if v['article'] in inv:
                gid = inv[v['article']]
                where.add((gid, sentence_at(g, gid, v['start'])))
        hit = False
        for name, members in groups.items():
            if len({a for a, s in where & members}) >= 2:
                found.add(name)
                hit = True
            if len({a for a, s in where & hard.get(name, set())}) >= 2:
                found_hard.add(name)
        right += hit
    n = len(report.get('discrepancies', []))
    p = right / n if n else 0.0
    r = len(found) / len(groups) if groups else 0.0
    print(f'discrepancies: gold_groups={len(groups)}, system={n}, precision={p:.3f}, '
          f'recall={r:.3f}, f1={score.f1(p, r):.3f}, '
          f'hard_groups_found={len(found_hard)}/{len(hard)}, found={sorted(found)}')


def boilerplate(score, g, inv, gdir):
    gold = set()
    for r in score.rows(f'{gdir}/boilerplate.tsv'):
        if r['article'] not in g.rep:
            continue
        data = g.text[r['article']]
        b = r['substring'].encode('utf-8')
        k = -1
        for _ in range(int(r.get('occurrence') or 1)):
            k = data.find(b, k + 1)
            if k < 0:
                raise KeyError(f'gold substring not in article {r["article"]}: {r["substring"][:60]}')
        for s in g.rep[r['article']]['sentences']:
            covered = min(k + len(b), s['end']) - max(k, s['start'])
            if covered * 2 > s['end'] - s['start']:
                gold.add((r['article'], s['id']))
    system = {(gid, s['id']) for gid, a in g.rep.items() for s in a['sentences']
              if s['boilerplate']}
    ok = len(gold & system)
    p = ok / len(system) if system else 0.0
    r = ok / len(gold) if gold else 0.0
    print(f'boilerplate: gold_sentences={len(gold)}, system_sentences={len(system)}, '
          f'precision={p:.3f}, recall={r:.3f}, f1={score.f1(p, r):.3f}')


if __name__ == '__main__':
    main()
