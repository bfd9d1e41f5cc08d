/* polku-task-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-task.h"

G_BEGIN_DECLS

#define POLKU_TYPE_TASK_LIST (polku_task_list_get_type ())

G_DECLARE_FINAL_TYPE (PolkuTaskList, polku_task_list, POLKU, TASK_LIST, GObject)

PolkuTaskList    *polku_task_list_new               (PolkuStore *store,
                                                     gint64      workshop_id);
PolkuStore       *polku_task_list_get_store         (PolkuTaskList *self);
gint64            polku_task_list_get_workshop_id   (PolkuTaskList *self);
const char       *polku_task_list_get_query         (PolkuTaskList *self);
void              polku_task_list_set_query         (PolkuTaskList *self,
                                                     const char    *query);
gboolean          polku_task_list_get_show_inactive (PolkuTaskList *self);
void              polku_task_list_set_show_inactive (PolkuTaskList *self,
                                                     gboolean       show_inactive);
gboolean          polku_task_list_reload            (PolkuTaskList  *self,
                                                     GError        **error);
PolkuTask        *polku_task_list_find              (PolkuTaskList *self,
                                                     gint64         id);
PolkuTask        *polku_task_list_add               (PolkuTaskList  *self,
                                                     const char     *title,
                                                     GError        **error);
gboolean          polku_task_list_move              (PolkuTaskList  *self,
                                                     PolkuTask      *task,
                                                     guint           position,
                                                     GError        **error);
PolkuTask        *polku_task_list_duplicate         (PolkuTaskList  *self,
                                                     PolkuTask      *task,
                                                     gboolean        with_mappings,
                                                     GError        **error);
PolkuDeletedTask *polku_task_list_delete            (PolkuTaskList  *self,
                                                     PolkuTask      *task,
                                                     GError        **error);
PolkuTask        *polku_task_list_restore           (PolkuTaskList           *self,
                                                     const PolkuDeletedTask  *deleted,
                                                     GError                 **error);

G_END_DECLS
