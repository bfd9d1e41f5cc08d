/* polku-peruste-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-peruste.h"
#include "polku-store.h"

G_BEGIN_DECLS

#define POLKU_TYPE_PERUSTE_LIST (polku_peruste_list_get_type ())

G_DECLARE_FINAL_TYPE (PolkuPerusteList, polku_peruste_list, POLKU, PERUSTE_LIST, GObject)

PolkuPerusteList *polku_peruste_list_new          (PolkuStore        *store);
PolkuStore       *polku_peruste_list_get_store    (PolkuPerusteList  *self);
gboolean          polku_peruste_list_reload       (PolkuPerusteList  *self,
                                                   GError           **error);
const char       *polku_peruste_list_get_language (PolkuPerusteList  *self);
void              polku_peruste_list_set_language (PolkuPerusteList  *self,
                                                   const char        *language);
PolkuPeruste     *polku_peruste_list_find         (PolkuPerusteList  *self,
                                                   gint64             peruste_id,
                                                   guint             *position);

G_END_DECLS
