/* polku-bench-common.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "polku-bench-common.h"

char *
polku_bench_eperusteet_dir (void)
{
  const char *root = g_getenv ("POLKU_SHARED_DATA");

  return g_build_filename (root != NULL ? root : POLKU_BENCH_SHARED_DATA, "eperusteet", NULL);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

GPtrArray *
polku_bench_list_json (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (paths, g_build_filename (dir_path, name, NULL));

  g_ptr_array_sort (paths, compare_paths);
  return paths;
}

double
polku_bench_now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

double
polku_bench_cpu_ms (void)
{
  struct timespec ts = { 0 };

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

double
polku_bench_percentile (GArray *ms,
                        double  p)
{
  g_autoptr(GArray) sorted = NULL;
  guint index;

  if (ms->len == 0)
    return 0;

  sorted = g_array_copy (ms);
  g_array_sort (sorted, compare_doubles);
  /* Nearest rank. */
  index = (guint) MIN ((double) sorted->len - 1, MAX (0.0, p / 100.0 * sorted->len + 0.5 - 1));
  return g_array_index (sorted, double, index);
}

double
polku_bench_median (GArray *ms)
{
  g_autoptr(GArray) sorted = NULL;
  guint n = ms->len;

  if (n == 0)
    return 0;

  sorted = g_array_copy (ms);
  g_array_sort (sorted, compare_doubles);
  if (n % 2 == 1)
    return g_array_index (sorted, double, n / 2);
  return (g_array_index (sorted, double, n / 2 - 1) + g_array_index (sorted, double, n / 2)) / 2;
}

guint64
polku_bench_peak_rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "VmHWM:");
  return line != NULL ? g_ascii_strtoull (line + 6, NULL, 10) : 0;
}

void
polku_bench_result (const char *name,
                    double      polku,
                    double      floor,
                    const char *unit,
                    const char *goal,
                    const char *note)
{
  printf ("RESULT %s\t%.3f\t%.3f\t%s\t%s\t%s\n", name, polku, floor, unit, goal, note != NULL ? note : "");
  fflush (stdout);
}
