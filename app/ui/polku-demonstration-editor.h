/* polku-demonstration-editor.h: plan and record one skills demonstration
 * (näyttö); every edit is saved at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "polku-context.h"
#include "polku-demonstration.h"

G_BEGIN_DECLS

#define POLKU_TYPE_DEMONSTRATION_EDITOR (polku_demonstration_editor_get_type ())

G_DECLARE_FINAL_TYPE (PolkuDemonstrationEditor, polku_demonstration_editor, POLKU, DEMONSTRATION_EDITOR, AdwWindow)

GtkWidget          *polku_demonstration_editor_new               (PolkuContext             *context,
                                                                  PolkuDemonstration       *demonstration);
PolkuDemonstration *polku_demonstration_editor_get_demonstration (PolkuDemonstrationEditor *self);
void                polku_demonstration_editor_rebuild           (PolkuDemonstrationEditor *self);

G_END_DECLS
