/* actor.h - actors: people, organisations and countries, with their mentions.
 *
 * actor_run() finds names in the body sentences of every article and
 * merges them across articles into c->actors:
 *
 * - capitalised sequences, split into a title part ("US Secretary of
 *   State") and a name ("Marco Rubio"); runs holding an organisation
 *   word (Ministry, Council, News, Press) name an organisation;
 * - countries by name, short form, plural people ("the Russians") and
 *   capital used as an actor ("Moscow said"), from the gazetteer; a
 *   demonym with a state body ("Ukrainian authorities") is the state,
 *   "the Russian government" its seat of government when the text names
 *   that seat ("the Kremlin");
 * - a name without a title becomes an actor only with evidence: a role
 *   noun before it ("envoy Steve Witkoff"), an apposition (", a senior
 *   official,"), a reporting verb it is the subject of ("Politico
 *   noted"), or "the X"; a single word must otherwise be the surname of
 *   a person found elsewhere, or another known name;
 * - sentence-initial words and title-case headlines only name actors
 *   found elsewhere;
 * - people merge by surname (with transliteration variants and one
 *   edit), never across different first names; organisations by their
 *   words, with a demonym read as its country ("Ukrainian Armed Forces"
 *   = "Armed Forces of Ukraine") and acronyms by initials;
 * - a country seen only as a place ("in Finland"), or in passing (one
 *   article, fewer than three mentions, never a speaker), is dropped.
 *
 * Each actor's name is its longest full form (a person's name without
 * titles, a country's gazetteer name); aliases are every other surface
 * form; mentions are sorted by article and offset. */
#ifndef PARALLAX_ACTOR_H
#define PARALLAX_ACTOR_H

#include "parallax/analyse.h"
#include "parallax/corpus.h"

void actor_run(struct corpus *c, const struct analysis_opts *o);

/* The actor with a mention covering byte off of article art, or PX_NONE.
 * When mentions overlap ("US President Donald Trump" holds "US"), the
 * longest wins. Linear in the number of mentions. */
uint32_t actor_at(const struct corpus *c, uint32_t art, uint32_t off);

/* "person", "org" or "country". */
const char *actor_kind_name(enum actor_kind k);

#endif
