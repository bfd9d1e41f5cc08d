/* polku-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "polku-application.h"
#include "polku-context.h"

G_BEGIN_DECLS

#define POLKU_TYPE_WINDOW (polku_window_get_type ())

G_DECLARE_FINAL_TYPE (PolkuWindow, polku_window, POLKU, WINDOW, AdwApplicationWindow)

PolkuWindow  *polku_window_new          (PolkuApplication *application,
                                         PolkuContext     *context);
PolkuContext *polku_window_get_context  (PolkuWindow      *self);
void          polku_window_show_section (PolkuWindow      *self,
                                         const char       *name);
void          polku_window_present_first_time (PolkuWindow *self);
void          polku_window_add_toast    (PolkuWindow      *self,
                                         AdwToast         *toast);

G_END_DECLS
