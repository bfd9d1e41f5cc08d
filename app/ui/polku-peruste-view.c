/* polku-peruste-view.c: one qualification: its details and its structure tree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-peruste-view"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-catalogue-text.h"
#include "polku-format.h"
#include "polku-peruste.h"
#include "polku-peruste-view.h"
#include "polku-store-catalogue-read.h"
#include "polku-structure-node.h"
#include "polku-structure-row.h"

struct _PolkuPerusteView
{
  GtkWidget           parent_instance;

  /* Template widgets */
  GtkWidget          *scroller;
  GtkLabel           *name_label;
  GtkLabel           *expired_label;
  GtkLabel           *kind_label;
  AdwActionRow       *diaarinumero_row;
  AdwActionRow       *validity_row;
  AdwActionRow       *koulutus_row;
  AdwActionRow       *osaamisala_row;
  AdwActionRow       *tutkintonimike_row;
  AdwActionRow       *source_row;
  GtkWidget          *suoritustapa_box;
  GtkDropDown        *suoritustapa_dropdown;
  GtkStringList      *suoritustapa_labels;
  GtkLabel           *structure_rule_label;
  GtkLabel           *structure_description_label;
  GtkListBox         *structure_list;
  GtkLabel           *no_structure_label;
  GtkWidget          *expand_button;
  GtkWidget          *collapse_button;

  /* Owned */
  PolkuContext       *context;
  PolkuPeruste       *peruste;
  PolkuPerusteRecord *record;
  GPtrArray          *koulutukset;
  GPtrArray          *osaamisalat;
  GPtrArray          *tutkintonimikkeet;
  GPtrArray          *suoritustavat;
  PolkuStructureNode *root;
  GtkTreeListModel   *tree;

  gint64              peruste_id;
  gboolean            filling_dropdown;
};

G_DEFINE_FINAL_TYPE (PolkuPerusteView, polku_peruste_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PERUSTE_ID,
  PROP_TITLE,
  N_PROPS
};

enum {
  UNIT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

/* Auxiliary methods */

static const char *
current_language (PolkuPerusteView *self)
{
  if (self->context == NULL)
    return "fi";

  return g_settings_get_boolean (polku_context_get_settings (self->context), "show-swedish") ? "sv" : "fi";
}

static void
set_row_subtitle (AdwActionRow *row,
                  const char   *text)
{
  adw_action_row_set_subtitle (row, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (row), text != NULL && *text != '\0');
}

/* One name per line; a tutkintonimike the document repeats per osaamisala comes once. */
static char *
join_code_names (GPtrArray  *records,
                 const char *language,
                 gboolean    with_code,
                 const char *separator)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; records != NULL && i < records->len; i++)
    {
      const PolkuCatalogueCodeRecord *record = g_ptr_array_index (records, i);
      const char *name = polku_catalogue_text_pick (record->nimi_fi, record->nimi_sv, NULL,
                                                    g_strcmp0 (language, "sv") == 0, NULL);

      if (record->uri != NULL && !g_hash_table_add (seen, record->uri))
        continue;

      if (name == NULL)
        name = record->arvo != NULL ? record->arvo : record->uri;
      if (name == NULL)
        continue;

      if (text->len > 0)
        g_string_append (text, separator);
      if (with_code && record->arvo != NULL)
        /* Translators: an education code and its name, e.g. "351301 Ajoneuvoalan perustutkinto". */
        g_string_append_printf (text, _("%s %s"), record->arvo, name);
      else
        g_string_append (text, name);
    }

  return text->len > 0 ? g_strdup (text->str) : NULL;
}

static char *
describe_source (const PolkuPerusteRecord *record)
{
  g_autoptr(GDateTime) imported = NULL;
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autofree char *when = NULL;
  const char *source = record->source;

  if (record->imported_at != NULL)
    imported = g_date_time_new_from_iso8601 (record->imported_at, local);
  if (imported != NULL)
    when = polku_format_date_time (imported);

  if (source != NULL && g_str_has_prefix (source, "file:"))
    {
      g_autofree char *name = g_path_get_basename (source + strlen ("file:"));

      if (when != NULL)
        /* Translators: when and from which file a qualification was imported. */
        return g_strdup_printf (_("%s from the file “%s”"), when, name);
      /* Translators: from which file a qualification was imported. */
      return g_strdup_printf (_("From the file “%s”"), name);
    }

  if (source != NULL && g_str_has_prefix (source, "api:"))
    {
      if (when != NULL)
        /* Translators: when a qualification was downloaded from the ePerusteet service. */
        return g_strdup_printf (_("%s from ePerusteet"), when);
      return g_strdup (_("From ePerusteet"));
    }

  return g_steal_pointer (&when);
}

static void
render_texts (PolkuPerusteView *self)
{
  const char *language = current_language (self);
  g_autofree char *koulutukset = NULL;
  g_autofree char *osaamisalat = NULL;
  g_autofree char *tutkintonimikkeet = NULL;
  g_autofree char *source = NULL;

  if (self->peruste == NULL)
    {
      gtk_label_set_label (self->name_label, "");
      return;
    }

  polku_peruste_set_language (self->peruste, language);
  gtk_label_set_label (self->name_label, polku_peruste_get_name (self->peruste));
  gtk_label_set_label (self->kind_label, polku_peruste_get_kind_label (self->peruste));
  gtk_widget_set_visible (GTK_WIDGET (self->expired_label), polku_peruste_get_expired (self->peruste));

  set_row_subtitle (self->diaarinumero_row, polku_peruste_get_diaarinumero (self->peruste));
  set_row_subtitle (self->validity_row, polku_peruste_get_validity_text (self->peruste));

  koulutukset = join_code_names (self->koulutukset, language, TRUE, "\n");
  osaamisalat = join_code_names (self->osaamisalat, language, FALSE, "\n");
  /* Translators: the separator between qualification titles in a list. */
  tutkintonimikkeet = join_code_names (self->tutkintonimikkeet, language, FALSE, _(", "));
  set_row_subtitle (self->koulutus_row, koulutukset);
  set_row_subtitle (self->osaamisala_row, osaamisalat);
  set_row_subtitle (self->tutkintonimike_row, tutkintonimikkeet);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->koulutus_row),
                                 self->koulutukset != NULL && self->koulutukset->len > 1
                                 ? _("Education codes") : _("Education code"));

  source = describe_source (self->record);
  set_row_subtitle (self->source_row, source);

  if (self->root != NULL)
    {
      const char *rule = polku_structure_node_get_rule_text (self->root);
      const char *description = polku_structure_node_get_description (self->root);
      g_autofree char *rule_text = NULL;

      polku_structure_node_set_language (self->root, language);
      if (rule != NULL)
        /* Translators: the extent of the whole qualification, e.g. "180 credits in all". */
        rule_text = g_strdup_printf (_("%s in all"), rule);

      gtk_label_set_label (self->structure_rule_label, rule_text != NULL ? rule_text : "");
      gtk_widget_set_visible (GTK_WIDGET (self->structure_rule_label), rule_text != NULL);
      gtk_label_set_label (self->structure_description_label, description != NULL ? description : "");
      gtk_widget_set_visible (GTK_WIDGET (self->structure_description_label), description != NULL);
    }
}

static GtkWidget *
create_structure_row (gpointer item,
                      gpointer user_data)
{
  return polku_structure_row_new (item);
}

static const char *
selected_suoritustapa (PolkuPerusteView *self)
{
  guint selected = gtk_drop_down_get_selected (self->suoritustapa_dropdown);
  const PolkuSuoritustapaRecord *record;

  if (self->suoritustavat == NULL || self->suoritustavat->len == 0)
    return NULL;

  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->suoritustavat->len)
    selected = 0;

  record = g_ptr_array_index (self->suoritustavat, selected);
  return record->koodi;
}

static void
expand_top_level (PolkuPerusteView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, i);

      if (row != NULL && gtk_tree_list_row_get_depth (row) == 0)
        gtk_tree_list_row_set_expanded (row, TRUE);

      n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));
    }
}

/* The paths of the open groups, so that a reload (an import of a newer version,
 * a restored backup) leaves the tree as the reader had it. */
static GHashTable *
collect_expanded (PolkuPerusteView *self)
{
  GHashTable *expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = self->tree != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->tree)) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, i);
      g_autoptr(PolkuStructureNode) node = NULL;

      if (row == NULL || !gtk_tree_list_row_get_expanded (row))
        continue;

      node = gtk_tree_list_row_get_item (row);
      g_hash_table_add (expanded, g_strdup (polku_structure_node_get_path (node)));
    }

  return expanded;
}

static void
restore_expanded (PolkuPerusteView *self,
                  GHashTable       *expanded)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, i);
      g_autoptr(PolkuStructureNode) node = NULL;

      if (row == NULL)
        continue;

      node = gtk_tree_list_row_get_item (row);
      if (g_hash_table_contains (expanded, polku_structure_node_get_path (node)))
        gtk_tree_list_row_set_expanded (row, TRUE);

      n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));
    }
}

/* @expanded: (nullable): the groups to open, or %NULL for the top level */
static gboolean
load_structure (PolkuPerusteView  *self,
                GHashTable        *expanded,
                GError           **error)
{
  g_autoptr(PolkuStructureNode) root = NULL;
  const char *suoritustapa = selected_suoritustapa (self);
  PolkuCreditUnit credit_unit = polku_peruste_get_credit_unit (self->peruste);
  GListModel *children;
  guint n_children;
  gboolean has_groups = FALSE;

  for (guint i = 0; self->suoritustavat != NULL && i < self->suoritustavat->len; i++)
    {
      const PolkuSuoritustapaRecord *record = g_ptr_array_index (self->suoritustavat, i);

      if (g_strcmp0 (record->koodi, suoritustapa) == 0 && record->laajuus_yksikko != NULL)
        credit_unit = polku_credit_unit_from_string (record->laajuus_yksikko);
    }

  root = polku_structure_node_load (polku_context_get_store (self->context), self->peruste_id,
                                    suoritustapa, credit_unit, current_language (self), error);
  if (root == NULL)
    return FALSE;

  g_set_object (&self->root, root);
  children = polku_structure_node_get_children (root);
  n_children = children != NULL ? g_list_model_get_n_items (children) : 0;

  gtk_list_box_bind_model (self->structure_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->tree);
  self->tree = gtk_tree_list_model_new (g_object_ref (children), FALSE, FALSE,
                                        (GtkTreeListModelCreateModelFunc) polku_structure_node_create_children_model,
                                        NULL, NULL);
  gtk_list_box_bind_model (self->structure_list, G_LIST_MODEL (self->tree), create_structure_row, NULL, NULL);
  if (expanded != NULL)
    restore_expanded (self, expanded);
  else
    expand_top_level (self);

  gtk_widget_set_visible (GTK_WIDGET (self->structure_list), n_children > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->no_structure_label), n_children == 0);
  /* A flat list of units (TUVA) has nothing to open. */
  for (guint i = 0; i < n_children && !has_groups; i++)
    {
      g_autoptr(PolkuStructureNode) child = g_list_model_get_item (children, i);

      has_groups = !polku_structure_node_is_unit (child) &&
                   g_list_model_get_n_items (polku_structure_node_get_children (child)) > 0;
    }
  gtk_widget_set_visible (self->expand_button, has_groups);
  gtk_widget_set_visible (self->collapse_button, has_groups);

  return TRUE;
}

static void
fill_suoritustavat (PolkuPerusteView *self,
                    const char       *keep)
{
  guint selected = 0;
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->suoritustapa_labels));
  g_autoptr(GPtrArray) labels = g_ptr_array_new_null_terminated (0, NULL, TRUE);

  for (guint i = 0; i < self->suoritustavat->len; i++)
    {
      const PolkuSuoritustapaRecord *record = g_ptr_array_index (self->suoritustavat, i);

      g_ptr_array_add (labels, (gpointer) polku_catalogue_suoritustapa_label (record->koodi));
      if (g_strcmp0 (record->koodi, keep) == 0)
        selected = i;
    }

  self->filling_dropdown = TRUE;
  gtk_string_list_splice (self->suoritustapa_labels, 0, n_old, (const char * const *) labels->pdata);
  gtk_drop_down_set_selected (self->suoritustapa_dropdown, selected);
  self->filling_dropdown = FALSE;

  gtk_widget_set_visible (self->suoritustapa_box, self->suoritustavat->len > 1);
}

static void
clear (PolkuPerusteView *self)
{
  g_clear_object (&self->peruste);
  g_clear_pointer (&self->record, polku_peruste_record_free);
  g_clear_pointer (&self->koulutukset, g_ptr_array_unref);
  g_clear_pointer (&self->osaamisalat, g_ptr_array_unref);
  g_clear_pointer (&self->tutkintonimikkeet, g_ptr_array_unref);
  g_clear_pointer (&self->suoritustavat, g_ptr_array_unref);
  if (self->structure_list != NULL)
    gtk_list_box_bind_model (self->structure_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->tree);
  g_clear_object (&self->root);
}

static gboolean
load (PolkuPerusteView  *self,
      gint64             peruste_id,
      GError           **error)
{
  PolkuStore *store = polku_context_get_store (self->context);
  g_autoptr(PolkuPerusteRecord) record = NULL;
  g_autoptr(GPtrArray) koulutukset = NULL;
  g_autoptr(GPtrArray) osaamisalat = NULL;
  g_autoptr(GPtrArray) tutkintonimikkeet = NULL;
  g_autoptr(GPtrArray) suoritustavat = NULL;
  g_autoptr(GHashTable) expanded = NULL;
  g_autofree char *keep = NULL;

  if (!(record = polku_store_get_peruste (store, peruste_id, error)) ||
      !(koulutukset = polku_store_list_koulutukset (store, peruste_id, error)) ||
      !(osaamisalat = polku_store_list_osaamisalat (store, peruste_id, error)) ||
      !(tutkintonimikkeet = polku_store_list_tutkintonimikkeet (store, peruste_id, error)) ||
      !(suoritustavat = polku_store_list_suoritustavat (store, peruste_id, error)))
    return FALSE;

  /* A reload of the same peruste keeps the way of completing that was chosen. */
  if (peruste_id == self->peruste_id)
    {
      keep = g_strdup (selected_suoritustapa (self));
      expanded = collect_expanded (self);
    }

  clear (self);
  self->peruste_id = peruste_id;
  self->peruste = polku_peruste_new (record, current_language (self));
  self->record = g_steal_pointer (&record);
  self->koulutukset = g_steal_pointer (&koulutukset);
  self->osaamisalat = g_steal_pointer (&osaamisalat);
  self->tutkintonimikkeet = g_steal_pointer (&tutkintonimikkeet);
  self->suoritustavat = g_steal_pointer (&suoritustavat);

  fill_suoritustavat (self, keep);
  if (!load_structure (self, expanded, error))
    return FALSE;

  render_texts (self);
  return TRUE;
}

/* Callbacks */

static void
show_swedish_changed_cb (PolkuPerusteView *self)
{
  render_texts (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
}

static void
catalogue_changed_cb (PolkuPerusteView *self)
{
  g_autoptr(GError) error = NULL;

  if (self->peruste_id == 0)
    return;

  if (!load (self, self->peruste_id, &error))
    {
      if (!g_error_matches (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND))
        g_warning ("Could not reload the qualification: %s", error->message);
      clear (self);
      self->peruste_id = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PERUSTE_ID]);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
}

static void
suoritustapa_selected_cb (PolkuPerusteView *self)
{
  g_autoptr(GError) error = NULL;

  if (self->filling_dropdown || self->peruste == NULL)
    return;

  if (!load_structure (self, NULL, &error))
    g_warning ("Could not read the structure: %s", error->message);
  render_texts (self);
}

static void
expand_clicked_cb (PolkuPerusteView *self)
{
  polku_peruste_view_expand_all (self, TRUE);
}

static void
collapse_clicked_cb (PolkuPerusteView *self)
{
  polku_peruste_view_expand_all (self, FALSE);
}

static void
structure_row_activated_cb (PolkuPerusteView  *self,
                            PolkuStructureRow *row)
{
  GtkTreeListRow *list_row = polku_structure_row_get_list_row (row);
  PolkuStructureNode *node = polku_structure_row_get_node (row);

  if (polku_structure_node_is_unit (node))
    {
      if (!polku_structure_node_get_missing (node))
        g_signal_emit (self, signals [UNIT_ACTIVATED], 0, polku_structure_node_get_unit_id (node));
    }
  else if (gtk_tree_list_row_is_expandable (list_row))
    gtk_tree_list_row_set_expanded (list_row, !gtk_tree_list_row_get_expanded (list_row));
}

/* GObject overrides */

static void
polku_peruste_view_dispose (GObject *object)
{
  PolkuPerusteView *self = (PolkuPerusteView *)object;

  clear (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_PERUSTE_VIEW);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (polku_peruste_view_parent_class)->dispose (object);
}

static void
polku_peruste_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PolkuPerusteView *self = POLKU_PERUSTE_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_PERUSTE_ID:
      g_value_set_int64 (value, self->peruste_id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, polku_peruste_view_get_title (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_peruste_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PolkuPerusteView *self = POLKU_PERUSTE_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      polku_peruste_view_set_context (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_peruste_view_class_init (PolkuPerusteViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_peruste_view_dispose;
  object_class->get_property = polku_peruste_view_get_property;
  object_class->set_property = polku_peruste_view_set_property;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         POLKU_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * PolkuPerusteView:peruste-id:
   *
   * The peruste shown, or 0 (also when it left the catalogue).
   */
  properties [PROP_PERUSTE_ID] =
    g_param_spec_int64 ("peruste-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PolkuPerusteView::unit-activated:
   * @unit_id: the unit
   *
   * A unit of the structure was activated: the page shows it.
   */
  signals [UNIT_ACTIVATED] =
    g_signal_new ("unit-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/polku-peruste-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, PolkuPerusteView, collapse_button);
  gtk_widget_class_bind_template_child (widget_class, PolkuPerusteView, diaarinumero_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuPerusteView, expand_button);
  gtk_widget_class_bind_template_child (widget_class, PolkuPerusteView, expired_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuPerusteView, kind_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuPerusteView, koulutus_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuPerusteView, name_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuPerusteView, no_structure_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuPerusteView, osaamisala_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuPerusteView, scroller);
  gtk_widget_class_bind_template_child (widget_class, PolkuPerusteView, source_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuPerusteView, structure_description_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuPerusteView, structure_rule_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuPerusteView, structure_list);
  gtk_widget_class_bind_template_child (widget_class, PolkuPerusteView, suoritustapa_box);
  gtk_widget_class_bind_template_child (widget_class, PolkuPerusteView, suoritustapa_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PolkuPerusteView, suoritustapa_labels);
  gtk_widget_class_bind_template_child (widget_class, PolkuPerusteView, tutkintonimike_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuPerusteView, validity_row);
  gtk_widget_class_bind_template_callback (widget_class, collapse_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, expand_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, structure_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, suoritustapa_selected_cb);

}

static void
polku_peruste_view_init (PolkuPerusteView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

GtkWidget *
polku_peruste_view_new (void)
{
  return g_object_new (POLKU_TYPE_PERUSTE_VIEW, NULL);
}

/**
 * polku_peruste_view_get_context:
 *
 * Returns: (transfer none) (nullable): the context
 */
PolkuContext *
polku_peruste_view_get_context (PolkuPerusteView *self)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE_VIEW (self), NULL);

  return self->context;
}

void
polku_peruste_view_set_context (PolkuPerusteView *self,
                                PolkuContext     *context)
{
  g_return_if_fail (POLKU_IS_PERUSTE_VIEW (self));
  g_return_if_fail (context == NULL || POLKU_IS_CONTEXT (context));

  if (self->context == context)
    return;

  if (self->context != NULL)
    {
      g_signal_handlers_disconnect_by_data (polku_context_get_settings (self->context), self);
      g_signal_handlers_disconnect_by_data (polku_context_get_store (self->context), self);
      clear (self);
      self->peruste_id = 0;
    }

  g_set_object (&self->context, context);

  if (context != NULL)
    {
      g_signal_connect_object (polku_context_get_settings (context), "changed::show-swedish",
                               G_CALLBACK (show_swedish_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (polku_context_get_store (context), "changed::catalogue",
                               G_CALLBACK (catalogue_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (polku_context_get_store (context), "reset",
                               G_CALLBACK (catalogue_changed_cb), self, G_CONNECT_SWAPPED);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTEXT]);
}

gint64
polku_peruste_view_get_peruste_id (PolkuPerusteView *self)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE_VIEW (self), 0);

  return self->peruste_id;
}

/**
 * polku_peruste_view_set_peruste:
 *
 * Shows a peruste, scrolled to its top.
 *
 * Returns: %FALSE with @error set when it cannot be read
 *   (%POLKU_STORE_ERROR_NOT_FOUND when it is not in the catalogue)
 */
gboolean
polku_peruste_view_set_peruste (PolkuPerusteView  *self,
                                gint64             peruste_id,
                                GError           **error)
{
  GtkAdjustment *adjustment;

  g_return_val_if_fail (POLKU_IS_PERUSTE_VIEW (self), FALSE);
  g_return_val_if_fail (POLKU_IS_CONTEXT (self->context), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!load (self, peruste_id, error))
    {
      clear (self);
      self->peruste_id = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PERUSTE_ID]);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
      return FALSE;
    }

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  gtk_adjustment_set_value (adjustment, 0.0);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PERUSTE_ID]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
  return TRUE;
}

/**
 * polku_peruste_view_get_title:
 *
 * Returns: (nullable): the peruste's name in the chosen language
 */
const char *
polku_peruste_view_get_title (PolkuPerusteView *self)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE_VIEW (self), NULL);

  return self->peruste != NULL ? polku_peruste_get_name (self->peruste) : NULL;
}

/**
 * polku_peruste_view_get_structure_model:
 *
 * Returns: (transfer none) (nullable): the rows of the structure tree
 */
GtkTreeListModel *
polku_peruste_view_get_structure_model (PolkuPerusteView *self)
{
  g_return_val_if_fail (POLKU_IS_PERUSTE_VIEW (self), NULL);

  return self->tree;
}

void
polku_peruste_view_expand_all (PolkuPerusteView *self,
                               gboolean          expanded)
{
  guint n;

  g_return_if_fail (POLKU_IS_PERUSTE_VIEW (self));

  if (self->tree == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, i);

      if (row != NULL && (expanded || gtk_tree_list_row_get_depth (row) == 0))
        gtk_tree_list_row_set_expanded (row, expanded);

      n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));
    }
}
