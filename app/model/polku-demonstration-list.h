/* polku-demonstration-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-demonstration.h"

G_BEGIN_DECLS

#define POLKU_TYPE_DEMONSTRATION_LIST (polku_demonstration_list_get_type ())

G_DECLARE_FINAL_TYPE (PolkuDemonstrationList, polku_demonstration_list, POLKU, DEMONSTRATION_LIST, GObject)

PolkuDemonstrationList *polku_demonstration_list_new      (PolkuStore              *store,
                                                           gint64                   learner_id,
                                                           const char              *language);
gboolean                polku_demonstration_list_reload   (PolkuDemonstrationList  *self,
                                                           GError                 **error);
gint64                  polku_demonstration_list_get_learner_id (PolkuDemonstrationList *self);
PolkuDemonstration     *polku_demonstration_list_find     (PolkuDemonstrationList  *self,
                                                           gint64                   id);
PolkuDemonstration     *polku_demonstration_list_add      (PolkuDemonstrationList  *self,
                                                           const char              *starts_on,
                                                           const char              *ends_on,
                                                           GError                 **error);
gboolean                polku_demonstration_list_delete   (PolkuDemonstrationList  *self,
                                                           PolkuDemonstration      *demonstration,
                                                           GError                 **error);

G_END_DECLS
