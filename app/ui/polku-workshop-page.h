/* polku-workshop-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "polku-context.h"
#include "polku-task-list-view.h"
#include "polku-workshop.h"
#include "polku-workshop-editor.h"

G_BEGIN_DECLS

#define POLKU_TYPE_WORKSHOP_PAGE (polku_workshop_page_get_type ())

G_DECLARE_FINAL_TYPE (PolkuWorkshopPage, polku_workshop_page, POLKU, WORKSHOP_PAGE, GtkWidget)

GtkWidget           *polku_workshop_page_new                 (void);
PolkuContext        *polku_workshop_page_get_context         (PolkuWorkshopPage  *self);
void                 polku_workshop_page_set_context         (PolkuWorkshopPage  *self,
                                                              PolkuContext       *context);
gboolean             polku_workshop_page_show_workshop       (PolkuWorkshopPage  *self,
                                                              gint64              workshop_id,
                                                              const char         *tab);
void                 polku_workshop_page_show_organisation   (PolkuWorkshopPage  *self);
void                 polku_workshop_page_show_partners       (PolkuWorkshopPage  *self);
gboolean             polku_workshop_page_go_back             (PolkuWorkshopPage  *self);
PolkuWorkshop       *polku_workshop_page_add_workshop        (PolkuWorkshopPage  *self,
                                                              const char         *name,
                                                              GError            **error);
const char          *polku_workshop_page_get_visible_view    (PolkuWorkshopPage  *self);
const char          *polku_workshop_page_get_visible_tab     (PolkuWorkshopPage  *self);
PolkuWorkshop       *polku_workshop_page_get_workshop        (PolkuWorkshopPage  *self);
GListModel          *polku_workshop_page_get_workshops       (PolkuWorkshopPage  *self);
PolkuTaskListView   *polku_workshop_page_get_task_list_view  (PolkuWorkshopPage  *self);
PolkuWorkshopEditor *polku_workshop_page_get_workshop_editor (PolkuWorkshopPage  *self);
gboolean             polku_workshop_page_flush               (PolkuWorkshopPage  *self);

G_END_DECLS
