/* polku-bench-common.h: what the benchmark programs share: the shared data
 * directory, timing, medians and the result lines that tests/bench/run
 * gathers into one table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The ePerusteet documents: $POLKU_SHARED_DATA/eperusteet, else the checkout's
 * ../shared/data/eperusteet. */
char    *polku_bench_eperusteet_dir (void);
/* The .json files of @dir, sorted by name. */
GPtrArray *polku_bench_list_json    (const char *dir);

double   polku_bench_now_ms         (void);
/* This thread's CPU time: steadier than wall time on a busy machine. */
double   polku_bench_cpu_ms         (void);
double   polku_bench_median         (GArray     *ms);
double   polku_bench_percentile     (GArray     *ms,
                                     double      p);
/* Peak resident memory of this process in KiB (VmHWM), or 0. */
guint64  polku_bench_peak_rss_kib   (void);

/* One line of the table: "RESULT <name>\t<polku>\t<floor>\t<unit>\t<goal>\t<note>".
 * The ratio is polku / floor; goal is free text ("≤ 1.25×", "-"). */
void     polku_bench_result         (const char *name,
                                     double      polku,
                                     double      floor,
                                     const char *unit,
                                     const char *goal,
                                     const char *note);

G_END_DECLS
