/* polku-catalogue-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "polku-context.h"

G_BEGIN_DECLS

#define POLKU_TYPE_CATALOGUE_PAGE (polku_catalogue_page_get_type ())

/* Signal "import-requested" (GListModel *files): .json files were dropped on the page. */
G_DECLARE_FINAL_TYPE (PolkuCataloguePage, polku_catalogue_page, POLKU, CATALOGUE_PAGE, GtkWidget)

GtkWidget    *polku_catalogue_page_new                 (void);
PolkuContext *polku_catalogue_page_get_context         (PolkuCataloguePage *self);
void          polku_catalogue_page_set_context         (PolkuCataloguePage *self,
                                                        PolkuContext       *context);
gboolean      polku_catalogue_page_show_peruste        (PolkuCataloguePage *self,
                                                        gint64              peruste_id);
gboolean      polku_catalogue_page_show_diaarinumero   (PolkuCataloguePage *self,
                                                        const char         *diaarinumero);
gboolean      polku_catalogue_page_show_unit           (PolkuCataloguePage *self,
                                                        gint64              unit_id);
gboolean      polku_catalogue_page_go_back             (PolkuCataloguePage *self);
void          polku_catalogue_page_focus_search        (PolkuCataloguePage *self);
void          polku_catalogue_page_search              (PolkuCataloguePage *self,
                                                        const char         *query);
const char   *polku_catalogue_page_get_visible_view    (PolkuCataloguePage *self);
GListModel   *polku_catalogue_page_get_perusteet       (PolkuCataloguePage *self);

G_END_DECLS
