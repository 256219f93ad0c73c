/* gazetteer.h - countries, their demonyms and capitals, and seats of
 * government.
 *
 * A general table of the world's sovereign states (UN members and
 * observers, plus a few widely reported territories): names and common
 * short forms ("United States", "U.S.", "America"), the adjective
 * ("Russian"), the plural people ("Russians") and the capital, which
 * news uses as a metonym for the state ("Moscow said"). A second table
 * lists buildings and places that stand for a government or one of its
 * bodies in many countries ("the Kremlin", "Downing Street", "the
 * Pentagon"), each with its country and whether it is the seat of the
 * executive (so "the Russian government" can be credited to it).
 *
 * Lookups take folded words (lex_fold) joined by single spaces:
 * "u s", "saudi arabia", "cote d'ivoire". */
#ifndef PARALLAX_GAZETTEER_H
#define PARALLAX_GAZETTEER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum gaz_kind {
	GAZ_COUNTRY,  /* a name of the country */
	GAZ_ABBREV,   /* an all-capitals short form: US, U.S., UK, UAE */
	GAZ_DEMONYM,  /* the adjective: Russian */
	GAZ_PEOPLE,   /* the people, plural: Russians */
	GAZ_CAPITAL,  /* the capital city */
	GAZ_SEAT,     /* a seat of government or of a state body */
	GAZ_REGION,   /* a world region: a place, never an actor */
};

struct gaz_hit {
	enum gaz_kind kind;
	uint32_t country; /* index of the country */
	uint32_t seat;    /* index of the seat (GAZ_SEAT), else PX_NONE */
	uint32_t words;   /* how many words matched */
};

/* Longest entry that words[0..n) start with (each word folded, lens[i]
 * bytes); fills *hit and returns the number of words, or 0. */
uint32_t gaz_match(const char *const *words, const uint32_t *lens, uint32_t n,
                   struct gaz_hit *hit);

/* Can a gazetteer entry start with this folded word? (A cheap test
 * before gaz_match.) */
bool gaz_can_start(const char *word, size_t n);

uint32_t gaz_countries(void);
/* Canonical name of a country ("United States"). */
const char *gaz_country_name(uint32_t country);

const char *gaz_seat_name(uint32_t seat);
uint32_t gaz_seat_country(uint32_t seat);
/* The seat of the executive of a country, or PX_NONE. */
uint32_t gaz_executive_seat(uint32_t country);

#endif
