/* polku-autosave.c: the "saved at once" rule for free text. Model setters
 * write on every call, so a field calls back when typing pauses for a moment,
 * on Enter (entries), when focus leaves it and when it is hidden (the user
 * navigated away), but not for text the program puts there itself.
 *
 * Works with any GtkEditable (GtkEntry, AdwEntryRow) and with GtkTextView.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-autosave"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "polku-autosave.h"

#define DATA_KEY "polku-autosave"

typedef struct
{
  PolkuAutosaveFunc func;
  gpointer          user_data;
  guint             timeout_id;
  gboolean          pending;
  gboolean          quiet;
} Autosave;

static void
autosave_free (gpointer data)
{
  Autosave *autosave = data;

  g_clear_handle_id (&autosave->timeout_id, g_source_remove);
  g_free (autosave);
}

static Autosave *
get_autosave (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), DATA_KEY);
}

static gboolean
contains_focus (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
commit (GtkWidget *widget)
{
  Autosave *autosave = get_autosave (widget);

  if (autosave == NULL)
    return;

  g_clear_handle_id (&autosave->timeout_id, g_source_remove);
  if (!autosave->pending)
    return;

  autosave->pending = FALSE;
  autosave->func (widget, autosave->user_data);
}

static gboolean
timeout_cb (gpointer data)
{
  GtkWidget *widget = data;
  Autosave *autosave = get_autosave (widget);

  autosave->timeout_id = 0;
  commit (widget);
  return G_SOURCE_REMOVE;
}

static void
changed_cb (GtkWidget *widget)
{
  Autosave *autosave = get_autosave (widget);

  if (autosave->quiet)
    return;

  autosave->pending = TRUE;
  g_clear_handle_id (&autosave->timeout_id, g_source_remove);
  autosave->timeout_id = g_timeout_add (POLKU_AUTOSAVE_DELAY_MS, timeout_cb, widget);
}

static void
destroy_cb (GtkWidget *widget)
{
  Autosave *autosave = get_autosave (widget);

  /* Too late to save: whoever listens may be gone already. */
  g_clear_handle_id (&autosave->timeout_id, g_source_remove);
  autosave->pending = FALSE;
}

/**
 * polku_autosave_attach:
 * @widget: a #GtkEditable or a #GtkTextView
 * @func: called with @widget when its text should be saved
 *
 * @user_data must outlive @widget's mapped life (a view owning the field).
 */
void
polku_autosave_attach (GtkWidget         *widget,
                       PolkuAutosaveFunc  func,
                       gpointer           user_data)
{
  Autosave *autosave;
  GtkEventController *focus;

  g_return_if_fail (GTK_IS_EDITABLE (widget) || GTK_IS_TEXT_VIEW (widget));
  g_return_if_fail (func != NULL);
  g_return_if_fail (get_autosave (widget) == NULL);

  autosave = g_new0 (Autosave, 1);
  autosave->func = func;
  autosave->user_data = user_data;
  g_object_set_data_full (G_OBJECT (widget), DATA_KEY, autosave, autosave_free);

  if (GTK_IS_TEXT_VIEW (widget))
    g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), "changed",
                             G_CALLBACK (changed_cb), widget, G_CONNECT_SWAPPED);
  else
    g_signal_connect (widget, "changed", G_CALLBACK (changed_cb), NULL);

  if (ADW_IS_ENTRY_ROW (widget))
    g_signal_connect (widget, "entry-activated", G_CALLBACK (commit), NULL);
  else if (GTK_IS_ENTRY (widget))
    g_signal_connect (widget, "activate", G_CALLBACK (commit), NULL);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (commit), widget);
  gtk_widget_add_controller (widget, focus);

  g_signal_connect (widget, "unmap", G_CALLBACK (commit), NULL);
  g_signal_connect (widget, "destroy", G_CALLBACK (destroy_cb), NULL);
}

/**
 * polku_autosave_set_text:
 * @text: (nullable): the saved value to show
 *
 * Shows @text without taking it for an edit. Text being typed is left alone
 * while the field has focus: the saved value is what it was typed from.
 */
void
polku_autosave_set_text (GtkWidget  *widget,
                         const char *text)
{
  Autosave *autosave = get_autosave (widget);
  g_autofree char *current = NULL;

  g_return_if_fail (autosave != NULL);

  if (autosave->pending && contains_focus (widget))
    return;

  current = polku_autosave_dup_text (widget);
  if (g_strcmp0 (current, text != NULL ? text : "") == 0)
    return;

  autosave->quiet = TRUE;
  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text != NULL ? text : "", -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text != NULL ? text : "");
  autosave->quiet = FALSE;
  autosave->pending = FALSE;
  g_clear_handle_id (&autosave->timeout_id, g_source_remove);
}

/**
 * polku_autosave_dup_text:
 *
 * Returns: (transfer full): the text shown, never %NULL
 */
char *
polku_autosave_dup_text (GtkWidget *widget)
{
  g_return_val_if_fail (GTK_IS_EDITABLE (widget) || GTK_IS_TEXT_VIEW (widget), NULL);

  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }

  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));
}

/**
 * polku_autosave_flush:
 *
 * Saves an edit still waiting for its pause, now.
 */
void
polku_autosave_flush (GtkWidget *widget)
{
  g_return_if_fail (get_autosave (widget) != NULL);

  commit (widget);
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

/* The newest notice replaces the one on screen, rather than waiting behind
 * it: an Undo must be at hand at once. (Not with ADW_TOAST_PRIORITY_HIGH:
 * libadwaita 1.2 may then show the pushed-back toast twice and abort.) */
static void
add_toast (AdwToastOverlay *overlay,
           AdwToast        *toast)
{
  GWeakRef *last = g_object_get_data (G_OBJECT (overlay), "polku-last-toast");
  g_autoptr(AdwToast) previous = NULL;

  if (last == NULL)
    {
      last = g_new0 (GWeakRef, 1);
      g_weak_ref_init (last, NULL);
      g_object_set_data_full (G_OBJECT (overlay), "polku-last-toast", last, weak_ref_free);
    }

  previous = g_weak_ref_get (last);
  if (previous != NULL)
    adw_toast_dismiss (previous);

  g_weak_ref_set (last, toast);
  adw_toast_overlay_add_toast (overlay, toast);
}

/**
 * polku_show_toast:
 *
 * Shows @message in the toast overlay around @widget (a short notice that
 * goes away by itself).
 */
void
polku_show_toast (GtkWidget  *widget,
                  const char *message)
{
  GtkWidget *overlay;
  AdwToast *toast;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (message != NULL);

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    {
      g_message ("%s", message);
      return;
    }

  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 6);
  add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/**
 * polku_autosave_report:
 * @error: (nullable): why the text was not saved, or %NULL when it was
 *
 * Marks a field whose text was refused (a half-typed e-mail address) and says
 * why, once per reason, keeping the text so that the user can finish it; a
 * saved text clears the mark.
 */
void
polku_autosave_report (GtkWidget    *widget,
                       const GError *error)
{
  const char *last;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  last = g_object_get_data (G_OBJECT (widget), "polku-autosave-error");

  if (error == NULL)
    {
      gtk_widget_remove_css_class (widget, "error");
      gtk_widget_set_tooltip_text (widget, NULL);
      gtk_accessible_reset_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_INVALID);
      g_object_set_data (G_OBJECT (widget), "polku-autosave-error", NULL);
      return;
    }

  gtk_widget_add_css_class (widget, "error");
  gtk_widget_set_tooltip_text (widget, error->message);
  gtk_accessible_update_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_INVALID,
                               GTK_ACCESSIBLE_INVALID_TRUE, -1);
  if (g_strcmp0 (last, error->message) != 0)
    {
      polku_show_toast (widget, error->message);
      g_object_set_data_full (G_OBJECT (widget), "polku-autosave-error", g_strdup (error->message), g_free);
    }
}

static void
undo_clicked_cb (AdwToast *toast)
{
  PolkuUndoFunc undo = g_object_get_data (G_OBJECT (toast), "polku-undo-func");

  undo (g_object_get_data (G_OBJECT (toast), "polku-undo-data"));
}

/**
 * polku_show_undo_toast:
 * @undo: called with @user_data when the user presses Undo
 * @destroy: (nullable): frees @user_data when the toast goes
 *
 * Says that something was deleted and offers to put it back.
 */
void
polku_show_undo_toast (GtkWidget      *widget,
                       const char     *message,
                       PolkuUndoFunc   undo,
                       gpointer        user_data,
                       GDestroyNotify  destroy)
{
  GtkWidget *overlay;
  AdwToast *toast;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (message != NULL);
  g_return_if_fail (undo != NULL);

  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, 8);
  g_object_set_data (G_OBJECT (toast), "polku-undo-func", undo);
  g_object_set_data_full (G_OBJECT (toast), "polku-undo-data", user_data, destroy);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), NULL);

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    {
      g_object_unref (toast);
      return;
    }

  add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}
