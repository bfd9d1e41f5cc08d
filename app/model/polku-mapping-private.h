/* polku-mapping-private.h: what PolkuMappingList calls on its items.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-mapping.h"

G_BEGIN_DECLS

/* The id a list keeps the item by: the requirement on a task's list, the task
 * on a requirement's list. */
void   _polku_mapping_set_key (PolkuMapping             *self,
                               gint64                    key);
gint64 _polku_mapping_get_key (PolkuMapping             *self);
void   _polku_mapping_update  (PolkuMapping             *self,
                               const PolkuMappingRecord *record);

G_END_DECLS
