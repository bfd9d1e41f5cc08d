/* polku-task.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-store-workshop.h"

G_BEGIN_DECLS

#define POLKU_TYPE_TASK (polku_task_get_type ())

G_DECLARE_FINAL_TYPE (PolkuTask, polku_task, POLKU, TASK, GObject)

PolkuTask             *polku_task_new                (PolkuStore            *store,
                                                      const PolkuTaskRecord *record);
PolkuTask             *polku_task_load               (PolkuStore  *store,
                                                      gint64       id,
                                                      GError     **error);
gboolean               polku_task_refresh            (PolkuTask  *self,
                                                      GError    **error);
PolkuStore            *polku_task_get_store          (PolkuTask *self);
const PolkuTaskRecord *polku_task_get_record         (PolkuTask *self);
gint64                 polku_task_get_id             (PolkuTask *self);
gint64                 polku_task_get_workshop_id    (PolkuTask *self);
const char            *polku_task_get_title          (PolkuTask *self);
const char            *polku_task_get_description    (PolkuTask *self);
const char            *polku_task_get_duration       (PolkuTask *self);
const char            *polku_task_get_tools          (PolkuTask *self);
const char            *polku_task_get_safety         (PolkuTask *self);
gboolean               polku_task_get_active         (PolkuTask *self);
int                    polku_task_get_position       (PolkuTask *self);
guint                  polku_task_get_n_requirements (PolkuTask *self);
guint                  polku_task_get_n_codes        (PolkuTask *self);
const char            *polku_task_get_created_at     (PolkuTask *self);
const char            *polku_task_get_updated_at     (PolkuTask *self);
gboolean               polku_task_set_title          (PolkuTask   *self,
                                                      const char  *title,
                                                      GError     **error);
gboolean               polku_task_set_description    (PolkuTask   *self,
                                                      const char  *description,
                                                      GError     **error);
gboolean               polku_task_set_duration       (PolkuTask   *self,
                                                      const char  *duration,
                                                      GError     **error);
gboolean               polku_task_set_tools          (PolkuTask   *self,
                                                      const char  *tools,
                                                      GError     **error);
gboolean               polku_task_set_safety         (PolkuTask   *self,
                                                      const char  *safety,
                                                      GError     **error);
gboolean               polku_task_set_active         (PolkuTask  *self,
                                                      gboolean    active,
                                                      GError    **error);

gboolean     polku_task_map_requirement   (PolkuTask               *self,
                                           gint64                   requirement_id,
                                           gboolean                 by_code,
                                           const PolkuRecognition  *who,
                                           GError                 **error);
gboolean     polku_task_unmap_requirement (PolkuTask               *self,
                                           gint64                   requirement_id,
                                           GError                 **error);

G_END_DECLS
