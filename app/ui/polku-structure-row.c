/* polku-structure-row.c: one row of the structure tree: a group with its rule,
 * or a unit with its code, credits and whether it is mandatory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-structure-row"

#include "config.h"

#include "polku-structure-row.h"

struct _PolkuStructureRow
{
  GtkListBoxRow       parent_instance;

  /* Template widgets */
  GtkLabel           *code_label;
  GtkLabel           *role_label;
  GtkLabel           *name_label;
  GtkLabel           *description_label;
  GtkLabel           *rule_label;
  GtkLabel           *status_label;

  /* Owned */
  GtkTreeListRow     *list_row;
  PolkuStructureNode *node;
  GBinding           *name_binding;
};

G_DEFINE_FINAL_TYPE (PolkuStructureRow, polku_structure_row, GTK_TYPE_LIST_BOX_ROW)

/* Auxiliary methods */

static void
set_optional_label (GtkLabel   *label,
                    const char *text)
{
  gtk_label_set_label (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

static void
update_description (PolkuStructureRow *self)
{
  const char *description = self->node != NULL ? polku_structure_node_get_description (self->node) : NULL;
  g_autofree char *one_paragraph = NULL;

  /* Two lines show in the row (Pango would allow two per paragraph); the whole
   * note is a hover away. */
  if (description != NULL)
    one_paragraph = g_strdelimit (g_strdup (description), "\n", ' ');
  set_optional_label (self->description_label, one_paragraph);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->description_label), description);
}

static void
set_node (PolkuStructureRow  *self,
          PolkuStructureNode *node)
{
  gboolean is_unit;

  if (self->node == node)
    return;

  if (self->node != NULL)
    {
      g_clear_pointer (&self->name_binding, g_binding_unbind);
      g_signal_handlers_disconnect_by_func (self->node, update_description, self);
      g_clear_object (&self->node);
    }

  if (node == NULL)
    return;

  self->node = g_object_ref (node);
  is_unit = polku_structure_node_is_unit (node);

  self->name_binding = g_object_bind_property (node, "name", self->name_label, "label", G_BINDING_SYNC_CREATE);
  g_signal_connect_swapped (node, "notify::description", G_CALLBACK (update_description), self);
  update_description (self);

  gtk_widget_set_visible (GTK_WIDGET (self->code_label), is_unit);
  gtk_label_set_label (self->code_label, is_unit && polku_structure_node_get_code (node) != NULL
                                           ? polku_structure_node_get_code (node) : "");
  set_optional_label (self->role_label, polku_structure_node_get_role_label (node));
  set_optional_label (self->rule_label, polku_structure_node_get_rule_text (node));
  set_optional_label (self->status_label, polku_structure_node_get_status_label (node));

  if (is_unit)
    gtk_widget_remove_css_class (GTK_WIDGET (self->name_label), "heading");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->name_label), "heading");

  if (polku_structure_node_get_mandatory (node))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "mandatory");
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "mandatory");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "dim-label");
    }

  if (polku_structure_node_get_missing (node))
    gtk_widget_add_css_class (GTK_WIDGET (self->name_label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->name_label), "dim-label");
}

/* GObject overrides */

static void
polku_structure_row_dispose (GObject *object)
{
  PolkuStructureRow *self = (PolkuStructureRow *)object;

  set_node (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_STRUCTURE_ROW);
  g_clear_object (&self->list_row);

  G_OBJECT_CLASS (polku_structure_row_parent_class)->dispose (object);
}

static void
polku_structure_row_class_init (PolkuStructureRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_structure_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/polku-structure-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PolkuStructureRow, code_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuStructureRow, description_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuStructureRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuStructureRow, role_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuStructureRow, rule_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuStructureRow, status_label);
}

static void
polku_structure_row_init (PolkuStructureRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

/**
 * polku_structure_row_new:
 * @list_row: a row of a #GtkTreeListModel of #PolkuStructureNode
 */
GtkWidget *
polku_structure_row_new (GtkTreeListRow *list_row)
{
  PolkuStructureRow *self;
  g_autoptr(PolkuStructureNode) node = NULL;

  g_return_val_if_fail (GTK_IS_TREE_LIST_ROW (list_row), NULL);

  node = gtk_tree_list_row_get_item (list_row);
  g_return_val_if_fail (POLKU_IS_STRUCTURE_NODE (node), NULL);

  self = g_object_new (POLKU_TYPE_STRUCTURE_ROW, NULL);
  self->list_row = g_object_ref (list_row);
  /* The expander is the row's own child, so the row (not the template) disposes it. */
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (self))),
                                  list_row);
  set_node (self, node);

  /* A unit opens; a group opens or closes; a unit the document lacks does nothing. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self),
                                    polku_structure_node_is_unit (node)
                                    ? !polku_structure_node_get_missing (node)
                                    : gtk_tree_list_row_is_expandable (list_row));

  return GTK_WIDGET (self);
}

/**
 * polku_structure_row_get_list_row:
 *
 * Returns: (transfer none): the row of the tree shown
 */
GtkTreeListRow *
polku_structure_row_get_list_row (PolkuStructureRow *self)
{
  g_return_val_if_fail (POLKU_IS_STRUCTURE_ROW (self), NULL);

  return self->list_row;
}

/**
 * polku_structure_row_get_node:
 *
 * Returns: (transfer none): the node shown
 */
PolkuStructureNode *
polku_structure_row_get_node (PolkuStructureRow *self)
{
  g_return_val_if_fail (POLKU_IS_STRUCTURE_ROW (self), NULL);

  return self->node;
}
