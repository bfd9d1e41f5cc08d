/* polku-peruste-combo-row.c: a combo row over the catalogue whose items put
 * the qualifications a workshop already touches (mapped tasks, whole units,
 * a recognition) first, marked as such in the popup. It follows the catalogue,
 * the workshop's mappings and the `show-swedish` setting, and keeps the chosen
 * qualification across those changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-peruste-combo-row"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-peruste-combo-row.h"
#include "polku-peruste-list.h"
#include "polku-store-workshop.h"

struct _PolkuPerusteComboRow
{
  AdwComboRow       parent_instance;

  /* Owned */
  PolkuContext     *context;
  PolkuPerusteList *perusteet;
  GListStore       *items;      /* PolkuPeruste: mapped first */
  GHashTable       *mapped;     /* peruste ids (gint64 *) */
  gint64            workshop_id;
  gint64            peruste_id;
  gboolean          rebuilding;
};

G_DEFINE_FINAL_TYPE (PolkuPerusteComboRow, polku_peruste_combo_row, ADW_TYPE_COMBO_ROW)

enum {
  PROP_0,
  PROP_PERUSTE_ID,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods */

static gboolean
is_mapped (PolkuPerusteComboRow *self,
           gint64                peruste_id)
{
  return g_hash_table_contains (self->mapped, &peruste_id);
}

static void
load_mapped (PolkuPerusteComboRow *self)
{
  g_autoptr(GPtrArray) refs = NULL;
  g_autoptr(GError) error = NULL;

  g_hash_table_remove_all (self->mapped);
  if (self->context == NULL || self->workshop_id == 0)
    return;

  refs = polku_store_list_workshop_perusteet (polku_context_get_store (self->context), self->workshop_id, &error);
  if (refs == NULL)
    {
      g_warning ("Could not list the workshop’s qualifications: %s", error->message);
      return;
    }

  for (guint i = 0; i < refs->len; i++)
    {
      const PolkuPerusteRefRecord *ref = g_ptr_array_index (refs, i);

      g_hash_table_add (self->mapped, g_memdup2 (&ref->peruste_id, sizeof (gint64)));
    }
}

static void
set_peruste_id_internal (PolkuPerusteComboRow *self,
                         gint64                peruste_id)
{
  if (self->peruste_id == peruste_id)
    return;

  self->peruste_id = peruste_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PERUSTE_ID]);
}

static void
select_id (PolkuPerusteComboRow *self,
           gint64                peruste_id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  guint position = n > 0 ? 0 : GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PolkuPeruste) peruste = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (polku_peruste_get_id (peruste) == peruste_id)
        {
          position = i;
          break;
        }
    }

  self->rebuilding = TRUE;
  adw_combo_row_set_selected (ADW_COMBO_ROW (self), position);
  self->rebuilding = FALSE;
}

static gint64
selected_id (PolkuPerusteComboRow *self)
{
  PolkuPeruste *peruste = adw_combo_row_get_selected_item (ADW_COMBO_ROW (self));

  return peruste != NULL ? polku_peruste_get_id (peruste) : 0;
}

static void
rebuild (PolkuPerusteComboRow *self)
{
  g_autoptr(GPtrArray) ordered = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) old_mapped = NULL;
  guint n = self->perusteet != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->perusteet)) : 0;
  GHashTableIter iter;
  gpointer key;
  gboolean same;

  /* The old set, to see whether the popup's captions must change. */
  old_mapped = g_steal_pointer (&self->mapped);
  self->mapped = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  load_mapped (self);

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        PolkuPeruste *peruste = g_list_model_get_item (G_LIST_MODEL (self->perusteet), i);

        if (is_mapped (self, polku_peruste_get_id (peruste)) == (pass == 0))
          g_ptr_array_add (ordered, peruste);
        else
          g_object_unref (peruste);
      }

  /* Most store changes are edits of tasks: keep the popup as it is then. */
  same = ordered->len == g_list_model_get_n_items (G_LIST_MODEL (self->items)) &&
         g_hash_table_size (old_mapped) == g_hash_table_size (self->mapped);
  g_hash_table_iter_init (&iter, old_mapped);
  while (same && g_hash_table_iter_next (&iter, &key, NULL))
    same = g_hash_table_contains (self->mapped, key);
  for (guint i = 0; same && i < ordered->len; i++)
    {
      g_autoptr(PolkuPeruste) old = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      same = old == g_ptr_array_index (ordered, i);
    }

  if (!same)
    {
      gint64 keep = self->peruste_id;

      self->rebuilding = TRUE;
      g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                           ordered->pdata, ordered->len);
      self->rebuilding = FALSE;
      select_id (self, keep);
    }

  set_peruste_id_internal (self, selected_id (self));
}

static const char *
current_language (PolkuPerusteComboRow *self)
{
  return g_settings_get_boolean (polku_context_get_settings (self->context), "show-swedish") ? "sv" : "fi";
}

/* Callbacks */

static void
selected_cb (PolkuPerusteComboRow *self)
{
  if (!self->rebuilding)
    set_peruste_id_internal (self, selected_id (self));
}

static void
language_changed_cb (PolkuPerusteComboRow *self)
{
  polku_peruste_list_set_language (self->perusteet, current_language (self));
}

static void
setup_item_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *caption = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 40);
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), caption);
  gtk_list_item_set_child (item, box);
}

static void
bind_item_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              PolkuPerusteComboRow     *self)
{
  PolkuPeruste *peruste = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *name = gtk_widget_get_first_child (box);
  GtkWidget *caption = gtk_widget_get_next_sibling (name);
  g_autofree char *text = NULL;

  if (is_mapped (self, polku_peruste_get_id (peruste)))
    /* Translators: under a qualification in a list; %s is its diaarinumero. */
    text = g_strdup_printf (_("In use in this workshop · %s"), polku_peruste_get_diaarinumero (peruste));
  else
    text = g_strdup (polku_peruste_get_diaarinumero (peruste));

  gtk_label_set_label (GTK_LABEL (name), polku_peruste_get_name (peruste));
  gtk_label_set_label (GTK_LABEL (caption), text);
}

/* GObject overrides */

static void
polku_peruste_combo_row_dispose (GObject *object)
{
  PolkuPerusteComboRow *self = (PolkuPerusteComboRow *)object;

  if (self->perusteet != NULL)
    g_signal_handlers_disconnect_by_data (self->perusteet, self);
  g_clear_object (&self->perusteet);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (polku_peruste_combo_row_parent_class)->dispose (object);
}

static void
polku_peruste_combo_row_finalize (GObject *object)
{
  PolkuPerusteComboRow *self = (PolkuPerusteComboRow *)object;

  g_clear_object (&self->items);
  g_clear_pointer (&self->mapped, g_hash_table_unref);

  G_OBJECT_CLASS (polku_peruste_combo_row_parent_class)->finalize (object);
}

static void
polku_peruste_combo_row_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  PolkuPerusteComboRow *self = POLKU_PERUSTE_COMBO_ROW (object);

  switch (prop_id)
    {
    case PROP_PERUSTE_ID:
      g_value_set_int64 (value, self->peruste_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_peruste_combo_row_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  PolkuPerusteComboRow *self = POLKU_PERUSTE_COMBO_ROW (object);

  switch (prop_id)
    {
    case PROP_PERUSTE_ID:
      polku_peruste_combo_row_set_peruste_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_peruste_combo_row_class_init (PolkuPerusteComboRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = polku_peruste_combo_row_dispose;
  object_class->finalize = polku_peruste_combo_row_finalize;
  object_class->get_property = polku_peruste_combo_row_get_property;
  object_class->set_property = polku_peruste_combo_row_set_property;

  /* The chosen qualification, 0 when the catalogue is empty */
  properties [PROP_PERUSTE_ID] =
    g_param_spec_int64 ("peruste-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
polku_peruste_combo_row_init (PolkuPerusteComboRow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  /* The row takes its own reference to the expression. */
  g_autoptr(GtkExpression) expression = gtk_property_expression_new (POLKU_TYPE_PERUSTE, NULL, "name");

  self->items = g_list_store_new (POLKU_TYPE_PERUSTE);
  self->mapped = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), _("Qualification"));
  adw_combo_row_set_expression (ADW_COMBO_ROW (self), expression);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_item_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item_cb), self);
  adw_combo_row_set_list_factory (ADW_COMBO_ROW (self), factory);
  adw_combo_row_set_model (ADW_COMBO_ROW (self), G_LIST_MODEL (self->items));

  g_signal_connect (self, "notify::selected", G_CALLBACK (selected_cb), NULL);
}

/* Public API */

GtkWidget *
polku_peruste_combo_row_new (void)
{
  return g_object_new (POLKU_TYPE_PERUSTE_COMBO_ROW, NULL);
}

/**
 * polku_peruste_combo_row_set_workshop:
 * @context: (nullable): the context
 * @workshop_id: whose qualifications come first (0: none)
 */
void
polku_peruste_combo_row_set_workshop (PolkuPerusteComboRow *self,
                                      PolkuContext         *context,
                                      gint64                workshop_id)
{
  gboolean reset;

  g_return_if_fail (POLKU_IS_PERUSTE_COMBO_ROW (self));
  g_return_if_fail (!context || POLKU_IS_CONTEXT (context));

  reset = context != self->context || workshop_id != self->workshop_id;
  self->workshop_id = workshop_id;

  if (context != self->context)
    {
      if (self->perusteet != NULL)
        g_signal_handlers_disconnect_by_data (self->perusteet, self);
      g_clear_object (&self->perusteet);
      g_set_object (&self->context, context);

      if (context != NULL)
        {
          PolkuStore *store = polku_context_get_store (context);

          self->perusteet = polku_peruste_list_new (store);
          polku_peruste_list_set_language (self->perusteet, current_language (self));
          g_signal_connect_swapped (self->perusteet, "items-changed", G_CALLBACK (rebuild), self);
          g_signal_connect_object (store, "changed::workshop", G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (polku_context_get_settings (context), "changed::show-swedish",
                                   G_CALLBACK (language_changed_cb), self, G_CONNECT_SWAPPED);
        }
    }

  rebuild (self);

  /* A new workshop starts at its own first qualification. */
  if (reset)
    {
      select_id (self, 0);
      set_peruste_id_internal (self, selected_id (self));
    }
}

gint64
polku_peruste_combo_row_get_peruste_id (PolkuPerusteComboRow *self)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE_COMBO_ROW (self), 0);

  return self->peruste_id;
}

/**
 * polku_peruste_combo_row_set_peruste_id:
 *
 * Chooses @peruste_id when the list holds it.
 */
void
polku_peruste_combo_row_set_peruste_id (PolkuPerusteComboRow *self,
                                        gint64                peruste_id)
{
  g_return_if_fail (POLKU_IS_PERUSTE_COMBO_ROW (self));

  select_id (self, peruste_id);
  set_peruste_id_internal (self, selected_id (self));
}

/**
 * polku_peruste_combo_row_get_n_mapped:
 *
 * Returns: how many of the items (the first ones) the workshop touches
 */
guint
polku_peruste_combo_row_get_n_mapped (PolkuPerusteComboRow *self)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE_COMBO_ROW (self), 0);

  return g_hash_table_size (self->mapped);
}
