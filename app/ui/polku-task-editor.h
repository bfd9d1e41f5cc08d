/* polku-task-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "polku-context.h"
#include "polku-mapping-dialog.h"
#include "polku-task.h"

G_BEGIN_DECLS

#define POLKU_TYPE_TASK_EDITOR (polku_task_editor_get_type ())

G_DECLARE_FINAL_TYPE (PolkuTaskEditor, polku_task_editor, POLKU, TASK_EDITOR, GtkWidget)

GtkWidget          *polku_task_editor_new                 (void);
PolkuContext       *polku_task_editor_get_context         (PolkuTaskEditor *self);
void                polku_task_editor_set_context         (PolkuTaskEditor *self,
                                                           PolkuContext    *context);
PolkuTask          *polku_task_editor_get_task            (PolkuTaskEditor *self);
void                polku_task_editor_set_task            (PolkuTaskEditor *self,
                                                           PolkuTask       *task);
GListModel         *polku_task_editor_get_mappings        (PolkuTaskEditor *self);
gboolean            polku_task_editor_flush               (PolkuTaskEditor *self);
void                polku_task_editor_focus_title         (PolkuTaskEditor *self);
PolkuMappingDialog *polku_task_editor_open_mapping_dialog (PolkuTaskEditor *self);

G_END_DECLS
