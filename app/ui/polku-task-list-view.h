/* polku-task-list-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "polku-context.h"
#include "polku-mapping-dialog.h"
#include "polku-task-editor.h"
#include "polku-task-list.h"

G_BEGIN_DECLS

#define POLKU_TYPE_TASK_LIST_VIEW (polku_task_list_view_get_type ())

G_DECLARE_FINAL_TYPE (PolkuTaskListView, polku_task_list_view, POLKU, TASK_LIST_VIEW, GtkWidget)

GtkWidget          *polku_task_list_view_new               (void);
void                polku_task_list_view_set_workshop      (PolkuTaskListView  *self,
                                                            PolkuContext       *context,
                                                            gint64              workshop_id);
gint64              polku_task_list_view_get_workshop_id   (PolkuTaskListView  *self);
PolkuTaskList      *polku_task_list_view_get_tasks         (PolkuTaskListView  *self);
GListModel         *polku_task_list_view_get_visible       (PolkuTaskListView  *self);
PolkuTask          *polku_task_list_view_get_selected      (PolkuTaskListView  *self);
gboolean            polku_task_list_view_select            (PolkuTaskListView  *self,
                                                            gint64              task_id);
PolkuTaskEditor    *polku_task_list_view_get_editor        (PolkuTaskListView  *self);
PolkuTask          *polku_task_list_view_add_task          (PolkuTaskListView  *self,
                                                            const char         *title,
                                                            GError            **error);
PolkuMappingDialog *polku_task_list_view_open_unit_mapping (PolkuTaskListView  *self,
                                                            gint64              unit_id);
gboolean            polku_task_list_view_flush             (PolkuTaskListView  *self);

G_END_DECLS
