/* polku-preferences-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "polku-context.h"

G_BEGIN_DECLS

#define POLKU_TYPE_PREFERENCES_WINDOW (polku_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (PolkuPreferencesWindow, polku_preferences_window, POLKU, PREFERENCES_WINDOW, AdwPreferencesWindow)

PolkuPreferencesWindow *polku_preferences_window_new (PolkuContext *context);

G_END_DECLS
