/* polku-mapping-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-mapping.h"

G_BEGIN_DECLS

#define POLKU_TYPE_MAPPING_LIST (polku_mapping_list_get_type ())

G_DECLARE_FINAL_TYPE (PolkuMappingList, polku_mapping_list, POLKU, MAPPING_LIST, GObject)

PolkuMappingList *polku_mapping_list_new_for_task        (PolkuStore        *store,
                                                          gint64             task_id);
PolkuMappingList *polku_mapping_list_new_for_task_codes  (PolkuStore        *store,
                                                          gint64             task_id);
PolkuMappingList *polku_mapping_list_new_for_requirement (PolkuStore        *store,
                                                          gint64             requirement_id,
                                                          gint64             workshop_id);
gboolean          polku_mapping_list_reload              (PolkuMappingList  *self,
                                                          GError           **error);
PolkuMapping     *polku_mapping_list_find                (PolkuMappingList  *self,
                                                          gint64             id);
const char       *polku_mapping_list_get_language        (PolkuMappingList  *self);
void              polku_mapping_list_set_language        (PolkuMappingList  *self,
                                                          const char        *language);

G_END_DECLS
