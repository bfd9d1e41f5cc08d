/* polku-search-results.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "polku-context.h"

G_BEGIN_DECLS

#define POLKU_TYPE_SEARCH_RESULTS (polku_search_results_get_type ())

/* Signal "activated" (const char *kind, gint64 id): kind is "peruste", "unit" or
 * "requirement" (id = peruste_id, unit_id or requirement_id). */
G_DECLARE_FINAL_TYPE (PolkuSearchResults, polku_search_results, POLKU, SEARCH_RESULTS, GtkWidget)

GtkWidget *polku_search_results_new          (void);
void       polku_search_results_set_context  (PolkuSearchResults *self,
                                              PolkuContext       *context);
void       polku_search_results_set_query    (PolkuSearchResults *self,
                                              const char         *query);
guint      polku_search_results_get_n_results (PolkuSearchResults *self);
gboolean   polku_search_results_focus_first  (PolkuSearchResults *self);
gboolean   polku_search_results_activate_first (PolkuSearchResults *self);

G_END_DECLS
