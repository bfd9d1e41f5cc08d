/* polku-search-model.h: the results of a catalogue search as a list model.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-context.h"
#include "polku-search-item.h"

G_BEGIN_DECLS

#define POLKU_TYPE_SEARCH_MODEL (polku_search_model_get_type ())

G_DECLARE_FINAL_TYPE (PolkuSearchModel, polku_search_model, POLKU, SEARCH_MODEL, GObject)

PolkuSearchModel *polku_search_model_new                (PolkuContext     *context);
PolkuContext     *polku_search_model_get_context        (PolkuSearchModel *self);
const char       *polku_search_model_get_query          (PolkuSearchModel *self);
void              polku_search_model_set_query          (PolkuSearchModel *self,
                                                         const char       *query);
guint             polku_search_model_get_limit_per_kind (PolkuSearchModel *self);
void              polku_search_model_set_limit_per_kind (PolkuSearchModel *self,
                                                         guint             limit);
guint             polku_search_model_count_kind         (PolkuSearchModel *self,
                                                         PolkuCatalogueHitKind kind);
void              polku_search_model_refresh            (PolkuSearchModel *self);

G_END_DECLS
