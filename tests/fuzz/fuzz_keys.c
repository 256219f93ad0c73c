/* Key names and key lists, as the [keys] section and scripts use them. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parallax/keys.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1), bad[64], name[KEY_NAME_MAX];
	int keys[8], key, n, i;

	memcpy(s, data, size);
	s[size] = '\0';
	if (key_parse(s, &key)) {
		int back;

		key_to_name(key, name);
		if (key != ' ' && (!key_parse(name, &back) || back != key))
			abort(); /* every parsed key has a name that parses back */
	}
	n = key_parse_list(s, keys, 8, bad, sizeof bad);
	for (i = 0; i < n; i++)
		key_to_name(keys[i], name);
	free(s);
	return 0;
}
