/* polku-start-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "polku-context.h"

G_BEGIN_DECLS

#define POLKU_TYPE_START_PAGE (polku_start_page_get_type ())

G_DECLARE_FINAL_TYPE (PolkuStartPage, polku_start_page, POLKU, START_PAGE, GtkWidget)

void polku_start_page_set_context (PolkuStartPage *self,
                                   PolkuContext   *context);
void polku_start_page_refresh     (PolkuStartPage *self);

G_END_DECLS
