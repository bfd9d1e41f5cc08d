/* polku-mapping-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "polku-context.h"
#include "polku-task.h"

G_BEGIN_DECLS

#define POLKU_TYPE_MAPPING_DIALOG (polku_mapping_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PolkuMappingDialog, polku_mapping_dialog, POLKU, MAPPING_DIALOG, AdwWindow)

PolkuMappingDialog *polku_mapping_dialog_new               (PolkuContext       *context,
                                                            gint64              workshop_id,
                                                            PolkuTask          *task);
PolkuTask          *polku_mapping_dialog_get_task          (PolkuMappingDialog *self);
gint64              polku_mapping_dialog_get_workshop_id   (PolkuMappingDialog *self);
gboolean            polku_mapping_dialog_show_peruste      (PolkuMappingDialog *self,
                                                            gint64              peruste_id);
gboolean            polku_mapping_dialog_show_unit         (PolkuMappingDialog *self,
                                                            gint64              unit_id);
gint64              polku_mapping_dialog_get_unit_id       (PolkuMappingDialog *self);
const char         *polku_mapping_dialog_get_visible_step  (PolkuMappingDialog *self);
gboolean            polku_mapping_dialog_set_requirement_mapped (PolkuMappingDialog *self,
                                                            gint64              requirement_id,
                                                            gint64              task_id,
                                                            gboolean            mapped,
                                                            GError            **error);

G_END_DECLS
