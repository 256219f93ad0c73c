/* The key-script parser of headless runs: each line of the input is a
 * script line (key names, repeats, :commands); then every event is
 * played back. A bad line is an answer, never a crash. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/keys.h"
#include "script.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct script s;
	char *text = malloc(size + 1);
	char *line = text, *nl;
	uint32_t lineno = 0;
	struct event ev;

	memset(&s, 0, sizeof s);
	memcpy(text, data, size);
	text[size] = '\0';
	do {
		nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		if (script_line(&s, line, "fuzz", ++lineno) != PX_OK || !nl)
			break;
		line = nl + 1;
	} while (nl);
	while ((ev = script_next(&s)).type != EV_END) {
		char name[KEY_NAME_MAX];

		if (ev.type == EV_KEY)
			key_to_name(ev.key, name);
		if (ev.type == EV_RESIZE && (ev.w < 1 || ev.h < 1))
			abort(); /* :resize never lets a size below 1x1 through */
	}
	script_free(&s);
	free(text);
	return 0;
}
