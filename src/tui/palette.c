/* palette.c - what a style slot looks like on a given terminal. */
#include "palette.h"

struct style_spec
palette_combine(const struct style_spec *base, const struct style_spec *over)
{
	struct style_spec s = *base;

	if (over->fg != COLOR_DEFAULT_)
		s.fg = over->fg;
	if (over->bg != COLOR_DEFAULT_)
		s.bg = over->bg;
	s.attrs |= over->attrs;
	return s;
}

static void
xterm_rgb(int c, int rgb[3])
{
	static const int basic[16][3] = {
		{0, 0, 0}, {205, 0, 0}, {0, 205, 0}, {205, 205, 0},
		{0, 0, 238}, {205, 0, 205}, {0, 205, 205}, {229, 229, 229},
		{127, 127, 127}, {255, 0, 0}, {0, 255, 0}, {255, 255, 0},
		{92, 92, 255}, {255, 0, 255}, {0, 255, 255}, {255, 255, 255},
	};
	static const int level[6] = {0, 95, 135, 175, 215, 255};
	int i;

	if (c < 16) {
		for (i = 0; i < 3; i++)
			rgb[i] = basic[c][i];
	} else if (c < 232) {
		rgb[0] = level[(c - 16) / 36];
		rgb[1] = level[(c - 16) / 6 % 6];
		rgb[2] = level[(c - 16) % 6];
	} else {
		rgb[0] = rgb[1] = rgb[2] = 8 + 10 * (c - 232);
	}
}

int
palette_nearest8(int c)
{
	int rgb[3], best = 0, i, k;
	long best_d = -1;

	if (c < 8)
		return c < 0 ? 0 : c;
	xterm_rgb(c, rgb);
	for (i = 0; i < 8; i++) {
		int o[3];
		long d = 0;

		xterm_rgb(i, o);
		for (k = 0; k < 3; k++)
			d += (long)(rgb[k] - o[k]) * (rgb[k] - o[k]);
		if (best_d < 0 || d < best_d) {
			best_d = d;
			best = i;
		}
	}
	return best;
}

/* One colour on a terminal of colors colours; *bold is set when a
 * bright colour had to become a normal one. */
static int
fit_color(int c, int colors, bool *bold)
{
	if (c < 0 || c < colors)
		return c;
	if (c < 16) {
		*bold = true;
		return c - 8;
	}
	return palette_nearest8(c);
}

struct style_spec
palette_fit(struct style_spec spec, int colors, bool topic)
{
	bool bold = false, bg_bold = false;

	if (colors <= 0) {
		if (spec.bg != COLOR_DEFAULT_)
			spec.attrs |= topic ? ATTR_UNDERLINE : ATTR_REVERSE;
		spec.fg = spec.bg = COLOR_DEFAULT_;
		return spec;
	}
	if (colors >= 256)
		return spec;
	spec.fg = (int16_t)fit_color(spec.fg, colors, &bold);
	spec.bg = (int16_t)fit_color(spec.bg, colors, &bg_bold);
	if (bold)
		spec.attrs |= ATTR_BOLD;
	return spec;
}

struct style_spec
palette_layers(const struct style_spec *base, const struct style_spec *mark,
               const struct style_spec *over, int colors, bool topic)
{
	struct style_spec s = *base, fit;

	if (mark)
		s = palette_combine(&s, mark);
	if (over)
		s = palette_combine(&s, over);
	fit = palette_fit(s, colors, topic);
	if (fit.fg == COLOR_DEFAULT_ || fit.fg != fit.bg)
		return fit;
	/* the text would vanish: it keeps the passage's own colour */
	s.fg = base->fg;
	return palette_fit(s, colors, topic);
}
