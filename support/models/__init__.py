from .help_services import HelpService
from .pages import HelpDirectoryPage, ReportPage
from .reporting_channels import ReportingChannel

__all__ = ["HelpDirectoryPage", "HelpService", "ReportPage", "ReportingChannel"]
