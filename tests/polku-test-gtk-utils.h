/* polku-test-gtk-utils.h: helpers for the display tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* What the page tests' main () does first: the C.UTF-8 locale, isolated user
 * folders (returned, to free at the end), g_test_init (), GTK and libadwaita
 * and the application's stylesheet, as AdwApplication would load it. */
char      *polku_test_gtk_init                  (int        *argc,
                                                 char     ***argv);
void       polku_test_assert_all_controls_named (GtkWidget  *root);
GtkWidget *polku_test_find_widget               (GtkWidget  *root,
                                                 GType       type,
                                                 guint       nth);
guint      polku_test_count_widgets             (GtkWidget  *root,
                                                 GType       type);
GtkWidget *polku_test_find_label                (GtkWidget  *root,
                                                 const char *text);
/* The first widget under @root (itself included, depth first) for which
 * @match is TRUE, or NULL. */
GtkWidget *polku_test_find_first                (GtkWidget  *root,
                                                 gboolean  (*match) (GtkWidget     *widget,
                                                                     gconstpointer  data),
                                                 gconstpointer data);
/* A window of @width × @height showing @child, presented and drawn. */
GtkWidget *polku_test_present_window            (GtkWidget  *child,
                                                 int         width,
                                                 int         height);
/* The first toplevel window of @type (shown, with @visible_only), or NULL. */
gpointer   polku_test_find_toplevel             (GType       type,
                                                 gboolean    visible_only);
void       polku_test_wait                      (guint       milliseconds);
void       polku_test_wait_for                  (gboolean  (*condition) (gpointer data),
                                                 gpointer    data);
/* Waits for @n frames of @widget, then runs what became pending. */
void       polku_test_wait_frames               (GtkWidget  *widget,
                                                 guint       n);
/* What @widget shows now, rendered by its window's renderer. */
GdkTexture *polku_test_render_widget            (GtkWidget  *widget);
/* Saves what @widget shows now as a PNG at @path. */
void       polku_test_save_png                  (GtkWidget  *widget,
                                                 const char *path);
/* When POLKU_TEST_SHOTS names a folder, saves @window there in the light
 * and the dark style as NAME-light.png and NAME-dark.png. */
void       polku_test_screenshot_light_dark     (GtkWidget  *window,
                                                 const char *name);

G_END_DECLS
