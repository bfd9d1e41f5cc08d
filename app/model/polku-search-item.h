/* polku-search-item.h: one hit of a catalogue search, ready to show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-store-catalogue-search.h"

G_BEGIN_DECLS

#define POLKU_TYPE_SEARCH_ITEM (polku_search_item_get_type ())

G_DECLARE_FINAL_TYPE (PolkuSearchItem, polku_search_item, POLKU, SEARCH_ITEM, GObject)

PolkuSearchItem       *polku_search_item_new_from_hit    (const PolkuCatalogueHit *hit,
                                                          const char              *query,
                                                          gboolean                 swedish);
PolkuCatalogueHitKind  polku_search_item_get_kind        (PolkuSearchItem *self);
const char            *polku_search_item_get_kind_name   (PolkuSearchItem *self);
gint64                 polku_search_item_get_id          (PolkuSearchItem *self);
gint64                 polku_search_item_get_unit_id     (PolkuSearchItem *self);
gint64                 polku_search_item_get_peruste_id  (PolkuSearchItem *self);
gboolean               polku_search_item_get_exact       (PolkuSearchItem *self);
const char            *polku_search_item_get_title       (PolkuSearchItem *self);
const char            *polku_search_item_get_title_markup (PolkuSearchItem *self);
const char            *polku_search_item_get_subtitle    (PolkuSearchItem *self);
const char            *polku_search_item_get_snippet     (PolkuSearchItem *self);
const char            *polku_search_item_get_code        (PolkuSearchItem *self);

char                  *polku_search_highlight_markup     (const char *text,
                                                          const char *query);

G_END_DECLS
