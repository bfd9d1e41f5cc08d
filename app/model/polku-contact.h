/* polku-contact.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-store-workshop.h"

G_BEGIN_DECLS

#define POLKU_TYPE_CONTACT (polku_contact_get_type ())

G_DECLARE_FINAL_TYPE (PolkuContact, polku_contact, POLKU, CONTACT, GObject)

PolkuContact             *polku_contact_new             (PolkuStore               *store,
                                                         const PolkuContactRecord *record);
PolkuContact             *polku_contact_load            (PolkuStore  *store,
                                                         gint64       id,
                                                         GError     **error);
gboolean                  polku_contact_refresh         (PolkuContact  *self,
                                                         GError       **error);
PolkuStore               *polku_contact_get_store       (PolkuContact *self);
const PolkuContactRecord *polku_contact_get_record      (PolkuContact *self);
gint64                    polku_contact_get_id          (PolkuContact *self);
gint64                    polku_contact_get_workshop_id (PolkuContact *self);
gint64                    polku_contact_get_provider_id (PolkuContact *self);
const char               *polku_contact_get_name        (PolkuContact *self);
const char               *polku_contact_get_title       (PolkuContact *self);
const char               *polku_contact_get_phone       (PolkuContact *self);
const char               *polku_contact_get_email       (PolkuContact *self);
int                       polku_contact_get_position    (PolkuContact *self);
gboolean                  polku_contact_set_name        (PolkuContact  *self,
                                                         const char    *name,
                                                         GError       **error);
gboolean                  polku_contact_set_title       (PolkuContact  *self,
                                                         const char    *title,
                                                         GError       **error);
gboolean                  polku_contact_set_phone       (PolkuContact  *self,
                                                         const char    *phone,
                                                         GError       **error);
gboolean                  polku_contact_set_email       (PolkuContact  *self,
                                                         const char    *email,
                                                         GError       **error);

G_END_DECLS
