/* polku-mapping.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-store-workshop.h"

G_BEGIN_DECLS

#define POLKU_TYPE_MAPPING (polku_mapping_get_type ())

G_DECLARE_FINAL_TYPE (PolkuMapping, polku_mapping, POLKU, MAPPING, GObject)

PolkuMapping             *polku_mapping_new                 (const PolkuMappingRecord *record,
                                                             const char               *language);
const PolkuMappingRecord *polku_mapping_get_record          (PolkuMapping *self);
gint64                    polku_mapping_get_task_id         (PolkuMapping *self);
const char               *polku_mapping_get_task_title      (PolkuMapping *self);
gint64                    polku_mapping_get_requirement_id  (PolkuMapping *self);
const char               *polku_mapping_get_text            (PolkuMapping *self);
const char               *polku_mapping_get_kohdealue       (PolkuMapping *self);
const char               *polku_mapping_get_unit_name       (PolkuMapping *self);
const char               *polku_mapping_get_peruste_name    (PolkuMapping *self);
const char               *polku_mapping_get_koodi_uri       (PolkuMapping *self);
gboolean                  polku_mapping_get_by_code         (PolkuMapping *self);
gboolean                  polku_mapping_get_retired         (PolkuMapping *self);
const char               *polku_mapping_get_language        (PolkuMapping *self);
void                      polku_mapping_set_language        (PolkuMapping *self,
                                                             const char   *language);

G_END_DECLS
