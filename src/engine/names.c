/* names.c - comparing the names of actors. */
#include "parallax/names.h"

#include <string.h>

#include "parallax/util.h"

/* Transliterations of Slavic names vary most in the ending: -ий is
 * written -y, -yy, -iy, -yi, -ii or -ij. */
static const char *const endings[] = {"yy", "iy", "ii", "yi", "ij"};

size_t
names_key(const char *s, size_t n, char *out, size_t cap)
{
	size_t i, o = 0, e;

	if (!cap)
		return 0;
	for (i = 0; i < n && o + 1 < cap; i++) {
		char ch = s[i];

		if (ch >= 'A' && ch <= 'Z')
			ch = (char)(ch - 'A' + 'a');
		if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
			out[o++] = ch;
	}
	out[o] = '\0';
	for (e = 0; e < PX_ARRAY_SIZE(endings) && o > 4; e++) {
		if (memcmp(out + o - 2, endings[e], 2) == 0) {
			out[o - 2] = 'y';
			out[--o] = '\0';
			break;
		}
	}
	return o;
}

uint32_t
names_distance(const char *a, size_t na, const char *b, size_t nb, uint32_t limit)
{
	uint32_t row[64], i, j;

	if (na > nb + limit || nb > na + limit)
		return limit + 1;
	if (nb >= PX_ARRAY_SIZE(row))
		return na == nb && memcmp(a, b, na) == 0 ? 0 : limit + 1;
	for (j = 0; j <= nb; j++)
		row[j] = j;
	for (i = 1; i <= na; i++) {
		uint32_t diag = row[0], best;

		row[0] = i;
		best = row[0];
		for (j = 1; j <= nb; j++) {
			uint32_t up = row[j];
			uint32_t cost = diag + (a[i - 1] != b[j - 1]);

			cost = PX_MIN(cost, up + 1);
			cost = PX_MIN(cost, row[j - 1] + 1);
			row[j] = cost;
			diag = up;
			best = PX_MIN(best, cost);
		}
		if (best > limit)
			return limit + 1;
	}
	return row[nb] > limit ? limit + 1 : row[nb];
}

bool
names_first_compatible(const char *a, size_t na, const char *b, size_t nb)
{
	if (!na || !nb)
		return true;
	if (na == nb && memcmp(a, b, na) == 0)
		return true;
	if ((na == 1 || nb == 1) && a[0] == b[0])
		return true;
	return na >= 5 && nb >= 5 && a[0] == b[0] && names_distance(a, na, b, nb, 1) <= 1;
}

bool
names_surname_compatible(const char *a, size_t na, const char *b, size_t nb)
{
	if (na == nb && memcmp(a, b, na) == 0)
		return true;
	return na >= 6 && nb >= 6 && a[0] == b[0] && names_distance(a, na, b, nb, 1) <= 1;
}
