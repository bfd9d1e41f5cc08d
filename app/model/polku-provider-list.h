/* polku-provider-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-provider.h"

G_BEGIN_DECLS

#define POLKU_TYPE_PROVIDER_LIST (polku_provider_list_get_type ())

G_DECLARE_FINAL_TYPE (PolkuProviderList, polku_provider_list, POLKU, PROVIDER_LIST, GObject)

PolkuProviderList *polku_provider_list_new               (PolkuStore *store);
PolkuStore        *polku_provider_list_get_store         (PolkuProviderList *self);
gboolean           polku_provider_list_get_show_archived (PolkuProviderList *self);
void               polku_provider_list_set_show_archived (PolkuProviderList *self,
                                                          gboolean           show_archived);
gboolean           polku_provider_list_reload            (PolkuProviderList  *self,
                                                          GError            **error);
PolkuProvider     *polku_provider_list_find              (PolkuProviderList *self,
                                                          gint64             id);
PolkuProvider     *polku_provider_list_add               (PolkuProviderList  *self,
                                                          const char         *name,
                                                          const char         *oid,
                                                          GError            **error);
gboolean           polku_provider_list_delete            (PolkuProviderList  *self,
                                                          PolkuProvider      *provider,
                                                          GError            **error);

G_END_DECLS
