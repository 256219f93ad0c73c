/* boiler.c - mark paragraphs that are not article body. */
#include "parallax/boiler.h"

#include <stdlib.h>
#include <string.h>

#include "parallax/lexicon.h"
#include "parallax/segment.h"
#include "parallax/vocab.h"

/* Whole-line widgets, compared after normalising (lower case, words
 * separated by one space, punctuation dropped). */
static const char *const nav_lines[] = {
	"advertisement", "archived in", "back to top", "close", "comments",
	"continue reading", "filed under", "home", "listen to this article",
	"loading", "menu", "more", "more information", "more on this story",
	"most popular", "most read", "open in app", "print", "read more",
	"recommended", "related", "related articles", "related content",
	"related stories", "search", "show comments", "sign in", "log in",
	"skip navigation", "skip to content", "skip to main content",
	"skip to navigation", "sponsored", "tags", "topics", "trending",
	"view comments", "you may also like", "top stories", "latest news",
	"more videos", "embed more videos", "watch video", "play video", "oops",
	"something went wrong", "please try again later", "try again later",
};

/* Labels that open a link to another story: "RELATED: …", "Read more: …". */
static const char *const link_labels[] = {
	"related", "related coverage", "related content", "read more", "read also",
	"also read", "see also", "watch", "watch more", "more", "recommended",
	"recommended reading", "our standards", "editor s picks", "most read",
};

/* Words of a time stamp line besides months and weekdays (the word
 * classes of vocab.c): "Wednesday, November 15, 2023", "Updated 3:45 PM
 * EDT", "Wed Nov 15". */
static const char *const stamp_words[] = {
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
	"am", "pm", "a", "p", "m", "at", "on", "updated", "published", "posted", "last",
	"first", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "pst",
	"pdt", "et", "pt",
};

/* Where a caption names its picture's source: "Picture: Getty",
 * "(Image: Acme)", "[Photo/Agency]". */
static const char *const caption_marks[] = {
	"Picture: ", "Photo: ", "Photograph: ", "Image: ", "Photo credit: ", "Credit: ",
	"Photo by ", "Photograph by ", "Image by ", "Photo/", "Photograph/", "Image/",
};

/* People in a picture, left to right: "(L)", "(2nd R)". */
static const char *const caption_positions[] = {
	"(L)", "(R)", "(C)", "(left)", "(right)", "(center)", "(centre)", "(2nd L)",
	"(2nd R)", "(L to R)", "(L-R)",
};

static const char *const share_lines[] = {
	"copy link", "copy link to clipboard", "link copied", "email",
	"facebook", "twitter", "whatsapp", "linkedin", "share",
	"share this", "share this article", "share this story",
	"share on facebook", "share on twitter", "share on x",
	"share via email", "gift this article", "gift article", "save",
	"save article", "tweet",
};

/* Signals of a subscription or newsletter pitch. */
static const char *const pitch_strong[] = {
	"subscribe", "subscribed", "subscriber", "subscribers", "subscription",
	"subscriptions", "newsletter", "newsletters", "sign up", "inbox",
	"free trial", "already a subscriber", "support our journalism",
	"support independent journalism", "become a member", "create a free account",
	"email address", "privacy policy", "thanks for signing up", "news alerts",
	"breaking news emails", "follow us on", "also on facebook",
};

static const char *const pitch_weak[] = {
	"join us", "pay only", "a month", "per month", "a year", "per year",
	"annual", "trial", "no obligation", "unlimited access", "offer",
	"insights", "investment", "cancel anytime", "donate", "membership",
	"latest news", "breaking news", "latest updates", "visit http", "visit www",
};

static const char *const copyright_marks[] = {
	"copyright", "all rights reserved",
};

static const char *const credit_marks[] = {
	"contributed to this report", "contributed reporting",
	"contributed to this article", "contributed to this story",
	"additional reporting by", "reporting by", "editing by", "writing by",
	"edited by", "compiled by", "trust principles",
};

const char *
boiler_reason_name(enum boiler_reason r)
{
	static const char *const names[] = {
		[BOIL_NONE] = "body",
		[BOIL_NAVIGATION] = "navigation",
		[BOIL_PITCH] = "pitch",
		[BOIL_COPYRIGHT] = "copyright",
		[BOIL_SHARE] = "share",
		[BOIL_CREDIT] = "credit",
		[BOIL_SEPARATOR] = "separator",
		[BOIL_REPEAT] = "repeat",
		[BOIL_CAPTION] = "caption",
	};

	return (size_t)r < PX_ARRAY_SIZE(names) && names[r] ? names[r] : "?";
}

/* " word word word " : folded, ASCII letters and digits only, padded. */
static char *
normalise(const unsigned char *s, uint32_t n, uint32_t *words)
{
	size_t k = lex_fold((const char *)s, n, NULL, 0), i, o = 0;
	char *f = xmalloc(k + 1), *out = xmalloc(k + 3);
	bool space = true;

	lex_fold((const char *)s, n, f, k + 1);
	*words = 0;
	out[o++] = ' ';
	for (i = 0; i < k; i++) {
		char c = f[i];
		bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
		size_t len = 1;

		if ((unsigned char)c >= 0x80) {
			/* letters of any script; bullets and dashes part words */
			int32_t cp;

			len = utf8_decode((const unsigned char *)f + i, k - i, &cp);
			alnum = segment_is_word_char(cp);
		}
		if (alnum) {
			if (space)
				(*words)++;
			memcpy(out + o, f + i, len);
			o += len;
			i += len - 1;
			space = false;
		} else if (c == '\'') {
			continue; /* it's -> its: keeps words whole */
		} else {
			if (!space)
				out[o++] = ' ';
			space = true;
			i += len - 1;
		}
	}
	if (!space)
		out[o++] = ' ';
	out[o] = '\0';
	free(f);
	return out;
}

/* Is " phrase " in the padded normalised text? */
static bool
has(const char *norm, const char *phrase)
{
	size_t n = strlen(phrase);
	const char *p = norm;

	while ((p = strstr(p, phrase))) {
		if (p > norm && p[-1] == ' ' && p[n] == ' ')
			return true;
		p++;
	}
	return false;
}

static unsigned
count(const char *norm, const char *const *list, size_t n)
{
	unsigned hits = 0;
	size_t i;

	for (i = 0; i < n; i++)
		hits += has(norm, list[i]);
	return hits;
}

/* norm is " a b c ": is it exactly one of the lines? */
static bool
is_line(const char *norm, const char *const *list, size_t n)
{
	size_t i, len = strlen(norm);

	if (len < 3)
		return false;
	for (i = 0; i < n; i++)
		if (strlen(list[i]) == len - 2 && memcmp(norm + 1, list[i], len - 2) == 0)
			return true;
	return false;
}

static bool
has_currency_amount(const unsigned char *s, uint32_t n)
{
	uint32_t i;

	for (i = 0; i + 1 < n; i++) {
		bool sym = s[i] == '$' ||
		           (i + 2 < n && s[i] == 0xE2 && s[i + 1] == 0x82 && s[i + 2] == 0xAC) ||
		           (s[i] == 0xC2 && s[i + 1] == 0xA3);
		uint32_t after = s[i] == '$' ? i + 1 : s[i] == 0xC2 ? i + 2 : i + 3;

		if (sym && after < n && s[after] >= '0' && s[after] <= '9')
			return true;
	}
	return false;
}

/* Start of the first needle (k bytes, k > 0) in s[from..n), or n.
 * memchr finds where it may start: a compare at every byte costs a call
 * per byte of the article. */
static uint32_t
find_bytes(const unsigned char *s, uint32_t n, uint32_t from, const char *needle, size_t k)
{
	const unsigned char *p = s + from, *end = s + n;

	while ((size_t)(end - p) >= k &&
	       (p = memchr(p, (unsigned char)needle[0], (size_t)(end - p) - k + 1))) {
		if (memcmp(p, needle, k) == 0)
			return (uint32_t)(p - s);
		p++;
	}
	return n;
}

static bool
has_bytes(const unsigned char *s, uint32_t n, const char *needle)
{
	return find_bytes(s, n, 0, needle, strlen(needle)) < n;
}

/* "Jane Doe reported from Kyiv." */
static bool
is_dateline_credit(const char *norm, uint32_t words)
{
	const char *p = strstr(norm, " reported from ");
	uint32_t before = 0;
	const char *q;

	if (!p || words > 14)
		return false;
	for (q = norm; q < p; q++)
		before += *q == ' ';
	return before >= 1 && before <= 4;
}

/* Is the normalised text a time stamp: only calendar and clock words
 * and numbers, at least one number? */
static bool
is_stamp(const char *norm, uint32_t words)
{
	const char *p = norm + 1;
	bool digits = false;

	if (words > 12)
		return false;
	while (*p) {
		const char *e = strchr(p, ' ');
		size_t n = e ? (size_t)(e - p) : strlen(p), i;
		bool known = n > 0 && p[0] >= '0' && p[0] <= '9';

		if (known)
			digits = true;
		known = known || (vocab_class(p, n) & (VC_MONTH | VC_WEEKDAY));
		for (i = 0; !known && i < PX_ARRAY_SIZE(stamp_words); i++)
			known = strlen(stamp_words[i]) == n && memcmp(stamp_words[i], p, n) == 0;
		if (n && !known)
			return false;
		if (!e)
			break;
		p = e + 1;
	}
	return digits;
}

/* "RELATED: Headline of another story": a link label before a colon and
 * a headline after it (a capital first, no full stop at the end). */
static bool
is_link_line(const unsigned char *s, uint32_t n, uint32_t words)
{
	const unsigned char *colon = memchr(s, ':', n < 24 ? n : 24), *h;
	uint32_t label_words;
	char *label;
	bool hit;

	if (!colon || words > 30 || s[n - 1] == '.')
		return false;
	for (h = colon + 1; h < s + n && *h == ' '; h++)
		;
	if (h == s + n || !((*h >= 'A' && *h <= 'Z') || (*h >= '0' && *h <= '9') || *h >= 0x80))
		return false;
	label = normalise(s, (uint32_t)(colon - s), &label_words);
	hit = label_words && is_line(label, link_labels, PX_ARRAY_SIZE(link_labels));
	free(label);
	return hit;
}

/* "By Jane Doe, John Roe and Ann Poe": a byline, every word after "By" a
 * capitalised name or a joining word. */
static bool
is_byline(const unsigned char *s, uint32_t n)
{
	static const char *const joins[] = {"and", "&", "|"};
	uint32_t i = 0, names = 0;

	if (n < 4 || !(s[0] == 'B' && (s[1] == 'y' || s[1] == 'Y') && s[2] == ' '))
		return false;
	i = 3;
	while (i < n) {
		uint32_t w = i, len;
		bool ok;
		size_t k;

		while (i < n && s[i] != ' ' && s[i] != '\n')
			i++;
		len = i - w;
		while (len && (s[w + len - 1] == ',' || s[w + len - 1] == ';'))
			len--;
		/* a capital, a joining word or a name particle ("van") */
		ok = len && ((s[w] >= 'A' && s[w] <= 'Z') || s[w] >= 0x80 ||
		             (vocab_class((const char *)s + w, len) & VC_PARTICLE));
		for (k = 0; !ok && k < PX_ARRAY_SIZE(joins); k++)
			ok = strlen(joins[k]) == len && memcmp(joins[k], s + w, len) == 0;
		if (len && !ok)
			return false;
		names += len > 0;
		while (i < n && (s[i] == ' ' || s[i] == '\n'))
			i++;
	}
	return names >= 1 && names <= 14;
}

/* "The Seattle Times": a paragraph that is only a newspaper's name, the
 * credit of a syndicated story. Every word capitalised but "the", the
 * last a media word, no full stop. */
static bool
is_outlet_line(const unsigned char *s, uint32_t n, uint32_t words)
{
	uint32_t i = 0, last = 0, len = 0;
	char low[32];

	if (words < 2 || words > 5 || n == 0 || s[n - 1] == '.' || s[n - 1] == '!' ||
	    s[n - 1] == '?' || s[n - 1] == ':')
		return false;
	while (i < n) {
		uint32_t w = i;

		while (i < n && s[i] != ' ')
			i++;
		if (!(s[w] >= 'A' && s[w] <= 'Z') && !(i - w == 3 && memcmp(s + w, "the", 3) == 0))
			return false;
		last = w;
		len = i - w;
		while (i < n && s[i] == ' ')
			i++;
	}
	len = (uint32_t)lex_fold((const char *)s + last, len, low, sizeof low);
	return len < sizeof low && (vocab_class(low, len) & VC_MEDIA) != 0;
}

/* A photo caption: people placed left to right, or a picture credit
 * ("… late on Tuesday. Picture: Getty") in a short paragraph. */
static bool
is_caption(const unsigned char *s, uint32_t n, uint32_t words)
{
	size_t i;

	if (words > 70)
		return false;
	for (i = 0; i < PX_ARRAY_SIZE(caption_positions); i++)
		if (has_bytes(s, n, caption_positions[i]))
			return true;
	for (i = 0; i < PX_ARRAY_SIZE(caption_marks); i++) {
		size_t k = strlen(caption_marks[i]);
		uint32_t j = find_bytes(s, n, 0, caption_marks[i], k), after = 0;

		while (j < n && !(j == 0 || s[j - 1] == ' ' || s[j - 1] == '(' || s[j - 1] == '['))
			j = find_bytes(s, n, j + 1, caption_marks[i], k);
		if (j >= n)
			continue;
		/* the source is a few words at the end */
		for (j += (uint32_t)k; j < n; j++)
			after += s[j] == ' ';
		if (after <= 5)
			return true;
	}
	return false;
}

static enum boiler_reason
judge(const struct article *a, const struct paragraph *p, const char *norm, uint32_t words)
{
	const unsigned char *s = a->text + p->start;
	uint32_t n = p->end - p->start;
	unsigned strong, weak;

	if (words == 0)
		return BOIL_SEPARATOR;
	if (words <= 6 && is_line(norm, nav_lines, PX_ARRAY_SIZE(nav_lines)))
		return BOIL_NAVIGATION;
	if (words <= 6 && is_line(norm, share_lines, PX_ARRAY_SIZE(share_lines)))
		return BOIL_SHARE;
	if ((words <= 12 && (has(norm, "something went wrong") || has(norm, "try again later"))) ||
	    is_link_line(s, n, words) || is_stamp(norm, words))
		return BOIL_NAVIGATION;
	if ((words <= 16 && is_byline(s, n)) || (p != a->paras && is_outlet_line(s, n, words)))
		return BOIL_CREDIT;
	if (is_caption(s, n, words))
		return BOIL_CAPTION;
	if (words <= 40 && (count(norm, copyright_marks, PX_ARRAY_SIZE(copyright_marks)) ||
	                    has_bytes(s, n, "\xC2\xA9")))
		return BOIL_COPYRIGHT;
	if (words <= 40 && (count(norm, credit_marks, PX_ARRAY_SIZE(credit_marks)) ||
	                    is_dateline_credit(norm, words)))
		return BOIL_CREDIT;
	if (words <= 15 && has(norm, "follow") &&
	    (has(norm, "on twitter") || has(norm, "on x") || has(norm, "on instagram")))
		return BOIL_SHARE;
	strong = count(norm, pitch_strong, PX_ARRAY_SIZE(pitch_strong));
	weak = count(norm, pitch_weak, PX_ARRAY_SIZE(pitch_weak)) +
	       has_currency_amount(s, n) + (has(norm, "free") && has(norm, "trial"));
	if ((words <= 40 && strong) || (words <= 80 && strong + weak >= 3) ||
	    (words <= 25 && weak >= 2))
		return BOIL_PITCH;
	return BOIL_NONE;
}

static bool
ends_with_punct(const struct article *a, const struct paragraph *p)
{
	return segment_ends_with_punct(a->text, p->start, p->end);
}

void
boiler_mark(struct article *a)
{
	char **norms = xcalloc(a->n_paras ? a->n_paras : 1, sizeof *norms);
	uint32_t *words = xcalloc(a->n_paras ? a->n_paras : 1, sizeof *words);
	uint64_t *hash = xcalloc(a->n_paras ? a->n_paras : 1, sizeof *hash);
	uint32_t i, j;
	bool tail_has_boiler = false;

	for (i = 0; i < a->n_paras; i++) {
		struct paragraph *p = &a->paras[i];

		norms[i] = normalise(a->text + p->start, p->end - p->start, &words[i]);
		hash[i] = px_hash(norms[i], strlen(norms[i]));
		p->boiler = judge(a, p, norms[i], words[i]);
		p->repeat_of = PX_NONE;
		if (p->boiler || !words[i])
			continue;
		for (j = 0; j < i; j++) {
			if (hash[j] == hash[i] && strcmp(norms[j], norms[i]) == 0) {
				p->boiler = BOIL_REPEAT;
				p->repeat_of = a->paras[j].repeat_of != PX_NONE ?
				               a->paras[j].repeat_of : j;
				break;
			}
		}
	}
	/* short widget lines trailing marked paragraphs at the end */
	for (i = a->n_paras; i-- > 0;) {
		struct paragraph *p = &a->paras[i];

		if (p->boiler && p->boiler != BOIL_REPEAT) {
			tail_has_boiler = true;
			continue;
		}
		if (p->boiler || words[i] > 4 || ends_with_punct(a, p))
			break;
	}
	if (tail_has_boiler) {
		for (i = a->n_paras; i-- > 0;) {
			struct paragraph *p = &a->paras[i];

			if (p->boiler)
				continue;
			if (words[i] > 4 || ends_with_punct(a, p))
				break;
			p->boiler = BOIL_NAVIGATION;
		}
	}
	for (i = 0; i < a->n_paras; i++) {
		struct paragraph *p = &a->paras[i];

		for (j = 0; j < p->sent_count; j++) {
			struct sentence *s = &a->sents[p->sent_first + j];

			if (p->boiler)
				s->flags |= SENT_BOILER;
			else
				s->flags &= ~(uint32_t)SENT_BOILER;
		}
		free(norms[i]);
	}
	free(norms);
	free(words);
	free(hash);
}
