/* polku-workshop-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "polku-workshop.h"

G_BEGIN_DECLS

#define POLKU_TYPE_WORKSHOP_EDITOR (polku_workshop_editor_get_type ())

G_DECLARE_FINAL_TYPE (PolkuWorkshopEditor, polku_workshop_editor, POLKU, WORKSHOP_EDITOR, GtkWidget)

GtkWidget     *polku_workshop_editor_new          (void);
PolkuWorkshop *polku_workshop_editor_get_workshop (PolkuWorkshopEditor *self);
void           polku_workshop_editor_set_workshop (PolkuWorkshopEditor *self,
                                                   PolkuWorkshop       *workshop);
GListModel    *polku_workshop_editor_get_contacts (PolkuWorkshopEditor *self);
gboolean       polku_workshop_editor_flush        (PolkuWorkshopEditor *self);
void           polku_workshop_editor_focus_name   (PolkuWorkshopEditor *self);

G_END_DECLS
