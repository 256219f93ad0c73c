/* discrep.h - facts on which the outlets of a topic disagree.
 *
 * Within each topic, the values its members state are compared between
 * articles: numbers (digits or spelled out: "seven", "two hours"), with
 * the noun after them as their unit, weekdays and dates. Two articles
 * disagree when both state values of one kind (and unit) and no value is
 * common to them, as one outlet's "Wednesday" against another's
 * "Tuesday", or "175 prisoners" against "23 soldiers". */
#ifndef PARALLAX_DISCREP_H
#define PARALLAX_DISCREP_H

#include <stdbool.h>
#include <stdint.h>

#include "parallax/corpus.h"

/* A value stated in a sentence. */
struct discrep_value {
	enum disc_kind kind;
	double value;      /* the number; weekday 0-6; date as month*100+day or the year */
	uint32_t unit;     /* stem id of the noun after a number, or PX_NONE */
	uint32_t start, end; /* bytes of the article */
	bool measure;      /* money, a share, a duration or a distance */
};

/* Values stated in sentence si of article a; writes at most cap values
 * to out and returns how many there are. */
uint32_t discrep_values(const struct corpus *c, uint32_t article, uint32_t si,
                        struct discrep_value *out, uint32_t cap);

/* Fill c->discs from c->topics. */
void discrep_find(struct corpus *c);

#endif
