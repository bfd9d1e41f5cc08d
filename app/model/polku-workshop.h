/* polku-workshop.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-store-workshop.h"

G_BEGIN_DECLS

#define POLKU_TYPE_WORKSHOP (polku_workshop_get_type ())

G_DECLARE_FINAL_TYPE (PolkuWorkshop, polku_workshop, POLKU, WORKSHOP, GObject)

PolkuWorkshop             *polku_workshop_new              (PolkuStore                *store,
                                                            const PolkuWorkshopRecord *record);
PolkuWorkshop             *polku_workshop_load             (PolkuStore  *store,
                                                            gint64       id,
                                                            GError     **error);
gboolean                   polku_workshop_refresh          (PolkuWorkshop  *self,
                                                            GError        **error);
PolkuStore                *polku_workshop_get_store        (PolkuWorkshop *self);
const PolkuWorkshopRecord *polku_workshop_get_record       (PolkuWorkshop *self);
gint64                     polku_workshop_get_id           (PolkuWorkshop *self);
const char                *polku_workshop_get_name         (PolkuWorkshop *self);
const char                *polku_workshop_get_address      (PolkuWorkshop *self);
const char                *polku_workshop_get_postal_code  (PolkuWorkshop *self);
const char                *polku_workshop_get_municipality (PolkuWorkshop *self);
const char                *polku_workshop_get_description  (PolkuWorkshop *self);
const char                *polku_workshop_get_equipment    (PolkuWorkshop *self);
int                        polku_workshop_get_position     (PolkuWorkshop *self);
gboolean                   polku_workshop_get_archived     (PolkuWorkshop *self);
guint                      polku_workshop_get_n_tasks      (PolkuWorkshop *self);
const char                *polku_workshop_get_created_at   (PolkuWorkshop *self);
const char                *polku_workshop_get_updated_at   (PolkuWorkshop *self);
gboolean                   polku_workshop_set_name         (PolkuWorkshop  *self,
                                                            const char     *name,
                                                            GError        **error);
gboolean                   polku_workshop_set_address      (PolkuWorkshop  *self,
                                                            const char     *address,
                                                            GError        **error);
gboolean                   polku_workshop_set_postal_code  (PolkuWorkshop  *self,
                                                            const char     *postal_code,
                                                            GError        **error);
gboolean                   polku_workshop_set_municipality (PolkuWorkshop  *self,
                                                            const char     *municipality,
                                                            GError        **error);
gboolean                   polku_workshop_set_description  (PolkuWorkshop  *self,
                                                            const char     *description,
                                                            GError        **error);
gboolean                   polku_workshop_set_equipment    (PolkuWorkshop  *self,
                                                            const char     *equipment,
                                                            GError        **error);
gboolean                   polku_workshop_set_archived     (PolkuWorkshop  *self,
                                                            gboolean        archived,
                                                            GError        **error);

G_END_DECLS
