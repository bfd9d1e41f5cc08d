/* polku-workshop-common.h: small things the workshop section's widgets share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void       polku_workshop_add_toast      (AdwToastOverlay *overlay,
                                          AdwToast        *toast);
void       polku_workshop_show_toast     (GtkWidget  *widget,
                                          AdwToast   *toast);
void       polku_workshop_show_error     (GtkWidget  *widget,
                                          const GError *error);
GtkWidget *polku_workshop_label_new      (const char *text,
                                          const char *css_class);
void       polku_workshop_remove_children (GtkWidget *parent);
GtkWindow *polku_workshop_get_window     (GtkWidget  *widget);
void       polku_workshop_release_focus  (GtkWidget  *container);

G_END_DECLS
