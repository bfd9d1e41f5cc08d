/* polku-test-gtk-utils.h: helpers for the display tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void       polku_test_assert_all_controls_named (GtkWidget  *root);
GtkWidget *polku_test_find_widget               (GtkWidget  *root,
                                                 GType       type,
                                                 guint       nth);
guint      polku_test_count_widgets             (GtkWidget  *root,
                                                 GType       type);
GtkWidget *polku_test_find_label                (GtkWidget  *root,
                                                 const char *text);
void       polku_test_wait                      (guint       milliseconds);
void       polku_test_wait_for                  (gboolean  (*condition) (gpointer data),
                                                 gpointer    data);

G_END_DECLS
