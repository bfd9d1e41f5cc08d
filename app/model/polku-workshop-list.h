/* polku-workshop-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-workshop.h"

G_BEGIN_DECLS

#define POLKU_TYPE_WORKSHOP_LIST (polku_workshop_list_get_type ())

G_DECLARE_FINAL_TYPE (PolkuWorkshopList, polku_workshop_list, POLKU, WORKSHOP_LIST, GObject)

PolkuWorkshopList *polku_workshop_list_new               (PolkuStore *store);
PolkuStore        *polku_workshop_list_get_store         (PolkuWorkshopList *self);
gboolean           polku_workshop_list_get_show_archived (PolkuWorkshopList *self);
void               polku_workshop_list_set_show_archived (PolkuWorkshopList *self,
                                                          gboolean           show_archived);
gboolean           polku_workshop_list_reload            (PolkuWorkshopList  *self,
                                                          GError            **error);
PolkuWorkshop     *polku_workshop_list_find              (PolkuWorkshopList *self,
                                                          gint64             id);
PolkuWorkshop     *polku_workshop_list_add               (PolkuWorkshopList  *self,
                                                          const char         *name,
                                                          GError            **error);
gboolean           polku_workshop_list_move              (PolkuWorkshopList  *self,
                                                          PolkuWorkshop      *workshop,
                                                          guint               position,
                                                          GError            **error);
gboolean           polku_workshop_list_delete            (PolkuWorkshopList  *self,
                                                          PolkuWorkshop      *workshop,
                                                          GError            **error);

G_END_DECLS
