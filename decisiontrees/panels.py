"""An admin panel showing the tree being edited as a picture (see decisiontrees.diagram)."""

from wagtail.admin.panels import Panel


class TreeDiagramPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "decisiontrees/panels/tree_diagram_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            context["diagram"] = page.diagram_svg(id_prefix="admin-tree") if page.steps else ""
            return context
