/* polku-workshop-common.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-workshop-common"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-window.h"
#include "polku-workshop-common.h"

/**
 * polku_workshop_show_toast:
 * @toast: (transfer full): the toast
 *
 * Shows @toast in the nearest toast overlay around @widget, or the window's.
 */
void
polku_workshop_show_toast (GtkWidget *widget,
                           AdwToast  *toast)
{
  GtkWidget *overlay;
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ADW_IS_TOAST (toast));

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  root = gtk_widget_get_root (widget);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else if (POLKU_IS_WINDOW (root))
    polku_window_add_toast (POLKU_WINDOW (root), toast);
  else
    {
      g_debug ("No place for the toast “%s”", adw_toast_get_title (toast));
      g_object_unref (toast);
    }
}

/**
 * polku_workshop_show_error:
 *
 * Says in a toast why an edit was refused; the message is already translated.
 */
void
polku_workshop_show_error (GtkWidget    *widget,
                           const GError *error)
{
  AdwToast *toast;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (error != NULL);

  toast = adw_toast_new (error->message);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 6);
  polku_workshop_show_toast (widget, toast);
}

/* A label for long Finnish texts: wraps at words, and inside very long ones. */
GtkWidget *
polku_workshop_label_new (const char *text,
                          const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

void
polku_workshop_remove_children (GtkWidget *parent)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (parent)) != NULL)
    {
      if (GTK_IS_BOX (parent))
        gtk_box_remove (GTK_BOX (parent), child);
      else if (GTK_IS_LIST_BOX (parent))
        gtk_list_box_remove (GTK_LIST_BOX (parent), child);
      else
        gtk_widget_unparent (child);
    }
}

/**
 * polku_workshop_get_window:
 *
 * Returns: (transfer none) (nullable): the window @widget is in
 */
GtkWindow *
polku_workshop_get_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}
