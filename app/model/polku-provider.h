/* polku-provider.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-store-workshop.h"

G_BEGIN_DECLS

#define POLKU_TYPE_PROVIDER (polku_provider_get_type ())

G_DECLARE_FINAL_TYPE (PolkuProvider, polku_provider, POLKU, PROVIDER, GObject)

PolkuProvider             *polku_provider_new              (PolkuStore                *store,
                                                            const PolkuProviderRecord *record);
PolkuProvider             *polku_provider_load             (PolkuStore  *store,
                                                            gint64       id,
                                                            GError     **error);
gboolean                   polku_provider_refresh          (PolkuProvider  *self,
                                                            GError        **error);
PolkuStore                *polku_provider_get_store        (PolkuProvider *self);
const PolkuProviderRecord *polku_provider_get_record       (PolkuProvider *self);
gint64                     polku_provider_get_id           (PolkuProvider *self);
const char                *polku_provider_get_name         (PolkuProvider *self);
const char                *polku_provider_get_oid          (PolkuProvider *self);
const char                *polku_provider_get_notes        (PolkuProvider *self);
gboolean                   polku_provider_get_archived     (PolkuProvider *self);
guint                      polku_provider_get_n_agreements (PolkuProvider *self);
const char                *polku_provider_get_created_at   (PolkuProvider *self);
const char                *polku_provider_get_updated_at   (PolkuProvider *self);
gboolean                   polku_provider_set_name         (PolkuProvider  *self,
                                                            const char     *name,
                                                            GError        **error);
gboolean                   polku_provider_set_oid          (PolkuProvider  *self,
                                                            const char     *oid,
                                                            GError        **error);
gboolean                   polku_provider_set_notes        (PolkuProvider  *self,
                                                            const char     *notes,
                                                            GError        **error);
gboolean                   polku_provider_set_archived     (PolkuProvider  *self,
                                                            gboolean        archived,
                                                            GError        **error);

G_END_DECLS
