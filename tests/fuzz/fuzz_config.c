/* Parse arbitrary bytes as a configuration file, then dump it. */
#define _GNU_SOURCE
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

#include "parallax/config.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *null;
	struct config cfg;
	char path[64];
	int fd = memfd_create("config.ini", 0);

	if (fd < 0)
		return 0;
	if (!null)
		null = fopen("/dev/null", "w");
	if (write(fd, data, size) == (ssize_t)size) {
		snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
		config_default(&cfg);
		if (config_load(&cfg, path) == PX_OK)
			config_dump(&cfg, null);
		config_free(&cfg);
	}
	close(fd);
	return 0;
}
