/* polku-contact-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-contact.h"

G_BEGIN_DECLS

#define POLKU_TYPE_CONTACT_LIST (polku_contact_list_get_type ())

G_DECLARE_FINAL_TYPE (PolkuContactList, polku_contact_list, POLKU, CONTACT_LIST, GObject)

PolkuContactList *polku_contact_list_new             (PolkuStore *store,
                                                      gint64      workshop_id,
                                                      gint64      provider_id);
PolkuStore       *polku_contact_list_get_store       (PolkuContactList *self);
gint64            polku_contact_list_get_workshop_id (PolkuContactList *self);
gint64            polku_contact_list_get_provider_id (PolkuContactList *self);
gboolean          polku_contact_list_reload          (PolkuContactList  *self,
                                                      GError           **error);
PolkuContact     *polku_contact_list_find            (PolkuContactList *self,
                                                      gint64            id);
PolkuContact     *polku_contact_list_add             (PolkuContactList  *self,
                                                      const char        *name,
                                                      GError           **error);
gboolean          polku_contact_list_move            (PolkuContactList  *self,
                                                      PolkuContact      *contact,
                                                      guint              position,
                                                      GError           **error);
gboolean          polku_contact_list_delete          (PolkuContactList  *self,
                                                      PolkuContact      *contact,
                                                      GError           **error);

G_END_DECLS
