from .help_services import HelpService
from .reporting_channels import ReportingChannel

__all__ = ["HelpService", "ReportingChannel"]
