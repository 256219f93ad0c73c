/* action.c - the table of reader actions. */
#include "parallax/action.h"

#include <string.h>

const struct action_info action_table[ACT_COUNT] = {
	[ACT_NONE] = {"", "", "", ""},
#define ACTION_INFO(id, name, group, keys, help) [ACT_##id] = {name, group, keys, help},
	ACTION_LIST(ACTION_INFO)
#undef ACTION_INFO
};

enum action
action_by_name(const char *name)
{
	int i;

	for (i = 1; i < ACT_COUNT; i++)
		if (strcmp(action_table[i].name, name) == 0)
			return (enum action)i;
	return ACT_NONE;
}
