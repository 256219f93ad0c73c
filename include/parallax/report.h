/* report.h - the machine-readable (JSON) and human-readable reports.
 *
 * The JSON document is a contract (see docs/report.md): fields may be
 * added, none removed or changed in meaning. */
#ifndef PARALLAX_REPORT_H
#define PARALLAX_REPORT_H

#include <stdio.h>

#include "parallax/corpus.h"

#define REPORT_VERSION 1

/* Write the JSON report of an analysed corpus to out. Returns
 * PX_ERR_INTERNAL (px_error() set) if it cannot be written. */
enum status report_json(const struct corpus *c, FILE *out);

/* Write a readable summary. Article text in it is made terminal-safe. */
enum status report_summary(const struct corpus *c, FILE *out);

/* Name of an actor kind, discrepancy kind: "person", "weekday". */
const char *report_actor_kind(enum actor_kind k);
const char *report_disc_kind(enum disc_kind k);

#endif
