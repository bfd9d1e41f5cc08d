/* polku-field-saver.c: keeps text fields and one model object in step.
 *
 * A field shows a string property of the object. What the user types is saved
 * through the object's setter when typing pauses, when the field loses focus,
 * and when Enter is pressed; a refused save leaves the text in place, marks the
 * field and says why ("failed"). Changes the object makes by itself (another
 * view, a reload) reach the field unless the user is in the middle of an edit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-field-saver"

#include "config.h"

#include <adwaita.h>

#include "polku-field-saver.h"

typedef struct
{
  PolkuFieldSaver     *self;        /* borrowed */
  GtkWidget           *widget;      /* weak */
  char                *property;
  PolkuFieldSetter     setter;
  GObject             *source;      /* the editable or the text buffer; borrowed */
  gulong               changed_id;
  gulong               activate_id;
  gulong               notify_id;
  GtkEventController  *focus;       /* owned by the widget */
  gboolean             dirty;
} Field;

struct _PolkuFieldSaver
{
  GObject    parent_instance;

  /* Owned */
  GObject   *object;
  GPtrArray *fields;       /* Field */
  guint      timeout_id;
};

G_DEFINE_FINAL_TYPE (PolkuFieldSaver, polku_field_saver, G_TYPE_OBJECT)

enum {
  FAILED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* Auxiliary methods */

static gboolean
field_usable (Field *field)
{
  return field->widget != NULL && !gtk_widget_in_destruction (field->widget);
}

static char *
field_get_text (Field *field)
{
  if (GTK_IS_TEXT_VIEW (field->widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }

  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (field->widget)));
}

static void
field_set_text (Field      *field,
                const char *text)
{
  if (!field_usable (field))
    return;

  g_signal_handler_block (field->source, field->changed_id);

  if (GTK_IS_TEXT_VIEW (field->widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->widget)), text != NULL ? text : "", -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (field->widget), text != NULL ? text : "");

  g_signal_handler_unblock (field->source, field->changed_id);
}

static char *
object_get_text (PolkuFieldSaver *self,
                 Field           *field)
{
  char *value = NULL;

  if (self->object != NULL)
    g_object_get (self->object, field->property, &value, NULL);
  return value;
}

/* The model trims what it stores: a field showing the same words, give or take
 * the space being typed at the end, already says what the model has. */
static gboolean
field_shows (Field      *field,
             const char *value)
{
  g_autofree char *text = field_get_text (field);

  return g_strcmp0 (g_strstrip (text), value != NULL ? value : "") == 0;
}

static void
field_refresh (PolkuFieldSaver *self,
               Field           *field)
{
  g_autofree char *value = NULL;

  if (!field_usable (field))
    return;

  value = object_get_text (self, field);
  if (!field_shows (field, value))
    field_set_text (field, value);
  gtk_widget_remove_css_class (field->widget, "error");
}

static gboolean
field_save (PolkuFieldSaver *self,
            Field           *field)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *value = NULL;

  if (!field->dirty)
    return TRUE;
  field->dirty = FALSE;

  if (!field_usable (field) || self->object == NULL)
    return TRUE;

  /* Nothing new: no write, and no change time bumped. */
  value = object_get_text (self, field);
  if (field_shows (field, value))
    {
      gtk_widget_remove_css_class (field->widget, "error");
      return TRUE;
    }

  text = field_get_text (field);
  if (!field->setter (self->object, text, &error))
    {
      gtk_widget_add_css_class (field->widget, "error");
      g_signal_emit (self, signals [FAILED], 0, field->widget, error);
      return FALSE;
    }

  gtk_widget_remove_css_class (field->widget, "error");
  return TRUE;
}

static void
field_disconnect_object (PolkuFieldSaver *self,
                         Field           *field)
{
  if (field->notify_id != 0 && self->object != NULL)
    g_signal_handler_disconnect (self->object, field->notify_id);
  field->notify_id = 0;
}

static void
field_free (gpointer data)
{
  Field *field = data;

  field_disconnect_object (field->self, field);

  if (field->widget != NULL)
    {
      g_signal_handler_disconnect (field->source, field->changed_id);
      if (field->activate_id != 0)
        g_signal_handler_disconnect (field->widget, field->activate_id);
      gtk_widget_remove_controller (field->widget, field->focus);
      g_object_remove_weak_pointer (G_OBJECT (field->widget), (gpointer *) &field->widget);
    }

  g_free (field->property);
  g_free (field);
}

static void
stop_timeout (PolkuFieldSaver *self)
{
  g_clear_handle_id (&self->timeout_id, g_source_remove);
}

static void
field_connect_object (PolkuFieldSaver *self,
                      Field           *field);

/* Callbacks */

static gboolean
timeout_cb (gpointer data)
{
  PolkuFieldSaver *self = data;

  self->timeout_id = 0;
  polku_field_saver_flush (self);
  return G_SOURCE_REMOVE;
}

static void
field_changed_cb (Field *field)
{
  PolkuFieldSaver *self = field->self;

  if (self->object == NULL)
    return;

  field->dirty = TRUE;
  stop_timeout (self);
  self->timeout_id = g_timeout_add (POLKU_FIELD_SAVER_DELAY_MS, timeout_cb, self);
}

static void
field_done_cb (Field *field)
{
  polku_field_saver_flush (field->self);
}

static void
object_notify_cb (GObject    *object,
                  GParamSpec *pspec,
                  Field      *field)
{
  /* The user's unsaved words win over what the model says now. */
  if (!field->dirty)
    field_refresh (field->self, field);
}

static void
field_connect_object (PolkuFieldSaver *self,
                      Field           *field)
{
  g_autofree char *signal = NULL;

  if (self->object == NULL)
    return;

  signal = g_strdup_printf ("notify::%s", field->property);
  field->notify_id = g_signal_connect (self->object, signal, G_CALLBACK (object_notify_cb), field);
}

/* GObject overrides */

static void
polku_field_saver_dispose (GObject *object)
{
  PolkuFieldSaver *self = (PolkuFieldSaver *)object;

  stop_timeout (self);
  if (self->fields != NULL)
    {
      polku_field_saver_flush (self);
      g_ptr_array_set_size (self->fields, 0);
    }
  g_clear_object (&self->object);

  G_OBJECT_CLASS (polku_field_saver_parent_class)->dispose (object);
}

static void
polku_field_saver_finalize (GObject *object)
{
  PolkuFieldSaver *self = (PolkuFieldSaver *)object;

  g_clear_pointer (&self->fields, g_ptr_array_unref);

  G_OBJECT_CLASS (polku_field_saver_parent_class)->finalize (object);
}

static void
polku_field_saver_class_init (PolkuFieldSaverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = polku_field_saver_dispose;
  object_class->finalize = polku_field_saver_finalize;

  /**
   * PolkuFieldSaver::failed:
   * @field: the field whose text was refused
   * @error: why
   */
  signals [FAILED] =
    g_signal_new ("failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, GTK_TYPE_WIDGET, G_TYPE_ERROR);
}

static void
polku_field_saver_init (PolkuFieldSaver *self)
{
  self->fields = g_ptr_array_new_with_free_func (field_free);
}

/* Public API */

PolkuFieldSaver *
polku_field_saver_new (void)
{
  return g_object_new (POLKU_TYPE_FIELD_SAVER, NULL);
}

/**
 * polku_field_saver_add:
 * @field: a #GtkEditable (an #AdwEntryRow, a #GtkEntry) or a #GtkTextView
 * @property: a string property of the objects that will be set
 * @setter: saves the text on the object
 *
 * Keeps @field in step with @property of the current object.
 */
void
polku_field_saver_add (PolkuFieldSaver  *self,
                       GtkWidget        *field,
                       const char       *property,
                       PolkuFieldSetter  setter)
{
  Field *entry;

  g_return_if_fail (POLKU_IS_FIELD_SAVER (self));
  g_return_if_fail (GTK_IS_EDITABLE (field) || GTK_IS_TEXT_VIEW (field));
  g_return_if_fail (property != NULL);
  g_return_if_fail (setter != NULL);

  entry = g_new0 (Field, 1);
  entry->self = self;
  entry->widget = field;
  entry->property = g_strdup (property);
  entry->setter = setter;
  g_object_add_weak_pointer (G_OBJECT (field), (gpointer *) &entry->widget);

  if (GTK_IS_TEXT_VIEW (field))
    entry->source = G_OBJECT (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field)));
  else
    entry->source = G_OBJECT (field);
  entry->changed_id = g_signal_connect_swapped (entry->source, "changed", G_CALLBACK (field_changed_cb), entry);

  if (ADW_IS_ENTRY_ROW (field))
    entry->activate_id = g_signal_connect_swapped (field, "entry-activated", G_CALLBACK (field_done_cb), entry);
  else if (GTK_IS_ENTRY (field) || GTK_IS_TEXT (field))
    entry->activate_id = g_signal_connect_swapped (field, "activate", G_CALLBACK (field_done_cb), entry);

  entry->focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (entry->focus, "leave", G_CALLBACK (field_done_cb), entry);
  gtk_widget_add_controller (field, entry->focus);

  g_ptr_array_add (self->fields, entry);
  field_connect_object (self, entry);
  field_refresh (self, entry);
}

/**
 * polku_field_saver_get_object:
 *
 * Returns: (transfer none) (nullable): the object the fields edit
 */
gpointer
polku_field_saver_get_object (PolkuFieldSaver *self)
{
  g_return_val_if_fail (POLKU_IS_FIELD_SAVER (self), NULL);

  return self->object;
}

/**
 * polku_field_saver_set_object:
 * @object: (nullable): the object to edit; %NULL empties the fields
 *
 * Saves what is pending for the previous object, then shows @object.
 */
void
polku_field_saver_set_object (PolkuFieldSaver *self,
                              gpointer         object)
{
  g_return_if_fail (POLKU_IS_FIELD_SAVER (self));
  g_return_if_fail (object == NULL || G_IS_OBJECT (object));

  if (self->object == object)
    return;

  polku_field_saver_flush (self);

  for (guint i = 0; i < self->fields->len; i++)
    field_disconnect_object (self, g_ptr_array_index (self->fields, i));
  g_set_object (&self->object, object);

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      field_connect_object (self, field);
      field->dirty = FALSE;
      field_refresh (self, field);
    }
}

/**
 * polku_field_saver_flush:
 *
 * Saves every field edited since the last save now.
 *
 * Returns: %FALSE when a save was refused ("failed" was emitted)
 */
gboolean
polku_field_saver_flush (PolkuFieldSaver *self)
{
  g_autoptr(PolkuFieldSaver) hold = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (POLKU_IS_FIELD_SAVER (self), FALSE);

  stop_timeout (self);
  /* A handler of "failed" or of the model's notifications may drop us. */
  hold = g_object_ref (self);

  for (guint i = 0; i < self->fields->len; i++)
    ok &= field_save (self, g_ptr_array_index (self->fields, i));

  return ok;
}

/**
 * polku_field_saver_discard:
 *
 * Forgets unsaved edits (the object is about to go away).
 */
void
polku_field_saver_discard (PolkuFieldSaver *self)
{
  g_return_if_fail (POLKU_IS_FIELD_SAVER (self));

  stop_timeout (self);
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      field->dirty = FALSE;
    }
}

/**
 * polku_field_saver_get_pending:
 *
 * Returns: whether an edit waits to be saved
 */
gboolean
polku_field_saver_get_pending (PolkuFieldSaver *self)
{
  g_return_val_if_fail (POLKU_IS_FIELD_SAVER (self), FALSE);

  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = g_ptr_array_index (self->fields, i);

      if (field->dirty)
        return TRUE;
    }

  return FALSE;
}
