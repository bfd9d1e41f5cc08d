/* polku-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "polku-context.h"

G_BEGIN_DECLS

#define POLKU_TYPE_APPLICATION (polku_application_get_type ())

G_DECLARE_FINAL_TYPE (PolkuApplication, polku_application, POLKU, APPLICATION, AdwApplication)

PolkuApplication *polku_application_new             (void);
PolkuContext     *polku_application_get_context     (PolkuApplication *self);
int               polku_application_get_exit_status (PolkuApplication *self);

G_END_DECLS
